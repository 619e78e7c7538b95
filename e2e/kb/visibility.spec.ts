import { expect, signIn, test } from "../fixtures";
import { customerOf, makeKbCategory, publishArticle, setPublicKb, uniqueWord } from "./kb-fixtures";

// Several sign-ins and page loads each; this machine's production server is not fast.
test.describe.configure({ timeout: 90_000 });

test("an internal article never reaches a customer: not listed, not found, not by URL, not as a related link", async ({ page, customer, agent }) => {
  const w = uniqueWord();
  const category = await makeKbCategory(`Category ${w}`);
  const internal = await publishArticle(agent, { categoryId: category.id, title: `Internal battery procedure ${w}`, visibility: "INTERNAL" });
  const open = await publishArticle(agent, { categoryId: category.id, title: `Laptop will not start ${w}` });

  await signIn(page, customer);
  await page.goto("/kb");
  await expect(page.getByText(internal.title)).toHaveCount(0);
  await page.getByRole("link", { name: new RegExp(`Category ${w}`) }).click();
  await expect(page.getByTestId("kb-category-articles")).toContainText(open.title);
  await expect(page.getByText(internal.title)).toHaveCount(0);
  await page.goto(`/kb/search?q=${w}`);
  await expect(page.getByTestId("kb-results")).toContainText(open.title);
  await expect(page.getByText(internal.title)).toHaveCount(0);
  await page.goto(`/kb/${open.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: open.title })).toBeVisible();
  await expect(page.getByText(internal.title)).toHaveCount(0);
  const response = await page.goto(`/kb/${internal.slug}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText(internal.title)).toHaveCount(0);

  // The same address works for an agent, so the 404 above is the rule, not a broken link.
  await page.context().clearCookies();
  await signIn(page, agent);
  await page.goto(`/kb/${internal.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: internal.title })).toBeVisible();
});

test("an article restricted to one organization never reaches another's customers", async ({ page, agent }) => {
  const w = uniqueWord();
  const member = await customerOf(`Initech ${w}`);
  const outsider = await customerOf(`Umbrella ${w}`);
  const category = await makeKbCategory();
  const restricted = await publishArticle(agent, { categoryId: category.id, title: `Initech ERP sign-in ${w}`, organizationIds: [member.organizationId!] });

  await signIn(page, outsider);
  expect((await page.goto(`/kb/${restricted.slug}`))?.status()).toBe(404);
  await page.goto(`/kb/search?q=${w}`);
  await expect(page.getByText(restricted.title)).toHaveCount(0);
  await page.goto("/kb");
  await expect(page.getByText(restricted.title)).toHaveCount(0);

  await page.context().clearCookies();
  await signIn(page, member);
  await page.goto(`/kb/search?q=${w}`);
  await page.getByRole("link", { name: restricted.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: restricted.title })).toBeVisible();
});

test("a draft is not in the portal, even by its address", async ({ page, customer, agent }) => {
  const category = await makeKbCategory();
  const draft = await publishArticle(agent, { categoryId: category.id, title: `Draft ${uniqueWord()}`, state: "DRAFT", visibility: "PUBLIC" });
  await signIn(page, customer);
  expect((await page.goto(`/kb/${draft.slug}`))?.status()).toBe(404);
});

test.describe.serial("without signing in", () => {
  test.afterAll(async () => setPublicKb(false));

  test("visitors are sent to sign in while the public knowledge base is off; when on, they read public articles only", async ({ page, agent }) => {
    const w = uniqueWord();
    const category = await makeKbCategory(`Public ${w}`);
    const publicArticle = await publishArticle(agent, { categoryId: category.id, title: `Reset your password ${w}`, visibility: "PUBLIC" });
    const portalArticle = await publishArticle(agent, { categoryId: category.id, title: `VPN at home ${w}`, visibility: "PORTAL" });

    await setPublicKb(false);
    await page.goto(`/kb/${publicArticle.slug}`);
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);

    await setPublicKb(true);
    // On PostgreSQL the server re-reads its kept settings when the "settings" event reaches it
    // (LISTEN/NOTIFY), a moment after the write, as another instance would: load again until then.
    await expect(async () => {
      await page.goto("/kb");
      await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 15_000 });
    await page.goto(`/kb/search?q=${w}`);
    await expect(page.getByTestId("kb-results")).toContainText(publicArticle.title);
    await expect(page.getByText(portalArticle.title)).toHaveCount(0);
    await page.getByRole("link", { name: publicArticle.title }).click();
    await expect(page.getByRole("heading", { level: 1, name: publicArticle.title })).toBeVisible();
    await expect(page.getByText("Sign in to tell us whether this article helped.")).toBeVisible();
    await page.goto(`/kb/${portalArticle.slug}`);
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  });
});
