"use client";

import { useActionState, useRef, useState, useTransition, type DragEvent } from "react";
import { useTranslations } from "next-intl";
import { previewArticleAction, saveArticleAction } from "@/lib/kb/actions";
import { BODY_MAX, TITLE_MAX } from "@/lib/kb/limits";
import { SubmitButton } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { ArticleBody } from "@/components/kb/article-body";
import { ImageUploads } from "./image-uploads";
import { useImageUploads } from "./use-image-uploads";
import { insertAtCursor } from "@/components/ui/insert-at-cursor";

type Option = { id: string; label: string };
type Values = {
  id: string; title: string; slug: string; body: string; locale: string; categoryId: string;
  state: string; visibility: string; organizationIds: string[]; translationOf: string;
};

const VISIBILITIES = ["PUBLIC", "PORTAL", "INTERNAL"] as const;
const STATES = ["DRAFT", "PUBLISHED"] as const;
const LOCALES = ["en", "es"] as const;

/** A slug suggested from a title: "Olvidé la contraseña" → "olvide-la-contrasena". */
function slugify(title: string) {
  return title.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 120);
}

/** The article editor: every field controlled, so nothing typed is lost when saving fails. */
export function ArticleEditor({
  initial, categories, organizations, translationCandidates, imageMaxMb, justSaved,
}: {
  initial: Values;
  categories: Option[];
  organizations: Option[];
  translationCandidates: Option[];
  imageMaxMb: number;
  justSaved: boolean;
}) {
  const t = useTranslations("kb.admin");
  const [state, action] = useActionState(saveArticleAction, null);
  const [values, setValues] = useState(initial);
  const [slugEdited, setSlugEdited] = useState(!!initial.slug);
  const [mode, setMode] = useState<"write" | "preview">("write");
  const [preview, setPreview] = useState<string | null>(null);
  const [previewing, startPreview] = useTransition();
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const set = (name: keyof Values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));

  const showPreview = () => {
    setMode("preview");
    startPreview(async () => setPreview(await previewArticleAction(values.body)));
  };
  // An uploaded image goes where the cursor is when its upload finishes, and the cursor after it.
  const bodyField = useRef<HTMLTextAreaElement>(null);
  const insertImage = (text: string) =>
    insertAtCursor(bodyField.current, bodyField.current?.value ?? values.body, text, (body) => setValues((v) => ({ ...v, body })));
  const images = useImageUploads(imageMaxMb, insertImage);
  const hasFiles = (e: DragEvent) => e.dataTransfer.types.includes("Files");

  const toggleOrganization = (id: string, on: boolean) =>
    setValues((v) => ({ ...v, organizationIds: on ? [...v.organizationIds, id] : v.organizationIds.filter((o) => o !== id) }));

  return (
    <form action={action} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok || (justSaved && !state) ? <Alert tone="success">{t("saved")}</Alert> : null}
      <input type="hidden" name="id" value={values.id} />
      <Field id="title" label={t("fieldTitle")} errors={errors?.title}>
        <Input
          id="title"
          value={values.title}
          maxLength={TITLE_MAX}
          invalid={!!errors?.title}
          onChange={(e) => {
            const title = e.target.value;
            setValues((v) => ({ ...v, title, slug: slugEdited ? v.slug : slugify(title) }));
          }}
        />
      </Field>
      <Field id="slug" label={t("fieldSlug")} errors={errors?.slug} hint={t("slugHint")}>
        <Input id="slug" value={values.slug} maxLength={120} invalid={!!errors?.slug} onChange={(e) => { setSlugEdited(true); set("slug")(e); }} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="locale" label={t("fieldLanguage")} errors={errors?.locale}>
          <Select id="locale" value={values.locale} onChange={set("locale")} invalid={!!errors?.locale}>
            {LOCALES.map((l) => <option key={l} value={l}>{l === "en" ? "English" : "Español"}</option>)}
          </Select>
        </Field>
        <Field id="categoryId" label={t("fieldCategory")} errors={errors?.categoryId}>
          <Select id="categoryId" value={values.categoryId} onChange={set("categoryId")} invalid={!!errors?.categoryId}>
            <option value="">{t("chooseCategory")}</option>
            {categories.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
          </Select>
        </Field>
        <Field id="state" label={t("fieldState")} errors={errors?.state}>
          <Select id="state" value={values.state} onChange={set("state")} invalid={!!errors?.state}>
            {STATES.map((s) => <option key={s} value={s}>{t(`state.${s}`)}</option>)}
          </Select>
        </Field>
        <Field id="visibility" label={t("fieldVisibility")} errors={errors?.visibility}>
          <Select id="visibility" value={values.visibility} onChange={set("visibility")} invalid={!!errors?.visibility}>
            {VISIBILITIES.map((v) => <option key={v} value={v}>{t(`visibility.${v}`)}</option>)}
          </Select>
        </Field>
      </div>
      <Field id="translationOf" label={t("fieldTranslationOf")} errors={errors?.translationOf ?? errors?.locale}>
        <Select id="translationOf" value={values.translationOf} onChange={set("translationOf")} invalid={!!errors?.translationOf}>
          <option value="">{t("noTranslation")}</option>
          {translationCandidates.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
        </Select>
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">{t("fieldOrganizations")}</legend>
        {organizations.length === 0 ? <p className="text-sm text-slate-500">{t("noOrganizations")}</p> : null}
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {organizations.map((o) => (
            <label key={o.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="organizationIds" value={o.id} checked={values.organizationIds.includes(o.id)} onChange={(e) => toggleOrganization(o.id, e.target.checked)} />
              {o.label}
            </label>
          ))}
        </div>
        {errors?.organizationIds ? <p className="text-sm text-red-600">{errors.organizationIds.join(" ")}</p> : null}
      </fieldset>
      <div className="space-y-2">
        <div className="flex gap-2" role="group">
          <button type="button" aria-pressed={mode === "write"} onClick={() => setMode("write")} className={`rounded-md px-3 py-1 text-sm ${mode === "write" ? "bg-slate-800 text-white" : "border border-slate-300"}`}>{t("write")}</button>
          <button type="button" aria-pressed={mode === "preview"} onClick={showPreview} className={`rounded-md px-3 py-1 text-sm ${mode === "preview" ? "bg-slate-800 text-white" : "border border-slate-300"}`}>{t("preview")}</button>
        </div>
        <div hidden={mode !== "write"} className="space-y-2">
          <ImageUploads maxMb={imageMaxMb} pending={images.pending} problems={images.problems} announcement={images.announcement} onFiles={images.upload} onDismiss={images.dismiss} />
          <Field id="body" label={t("fieldBody")} errors={errors?.body} hint={t("bodyHint")}>
            <Textarea
              id="body"
              ref={bodyField}
              rows={18}
              value={values.body}
              maxLength={BODY_MAX}
              onChange={set("body")}
              invalid={!!errors?.body}
              className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm"
              onPaste={(e) => {
                const files = [...e.clipboardData.files];
                if (files.length === 0) return;
                e.preventDefault();
                images.upload(files);
              }}
              onDragOver={(e) => {
                if (hasFiles(e)) e.preventDefault();
              }}
              onDrop={(e) => {
                if (!hasFiles(e)) return;
                e.preventDefault();
                images.upload([...e.dataTransfer.files]);
              }}
            />
          </Field>
        </div>
        {mode === "preview" ? (
          <div className="min-h-40 rounded-md border border-slate-200 p-4" data-testid="kb-preview" aria-busy={previewing}>
            {previewing ? <p className="text-sm text-slate-500">{t("previewLoading")}</p> : preview ? <ArticleBody html={preview} /> : <p className="text-sm text-slate-500">{t("previewEmpty")}</p>}
          </div>
        ) : null}
      </div>
      <div className="flex justify-end">
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
