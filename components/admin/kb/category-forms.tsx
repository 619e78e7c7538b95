"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { deleteCategoryAction, saveCategoryAction } from "@/lib/kb/actions";
import { SubmitButton } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

type Category = { id: string; slug: string; nameEn: string; nameEs: string; sortOrder: number };

const control = "block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-500";

/** Adds a category (empty `category`) or edits one; fields stay as typed when saving fails. */
export function CategoryForm({ category }: { category?: Category }) {
  const t = useTranslations("kb.admin");
  const [state, action] = useActionState(saveCategoryAction, null);
  const [values, setValues] = useState({
    slug: category?.slug ?? "", nameEn: category?.nameEn ?? "", nameEs: category?.nameEs ?? "", sortOrder: String(category?.sortOrder ?? 0),
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const prefix = category ? `cat-${category.id}` : "cat-new";
  const input = (name: keyof typeof values, label: string, type = "text") => (
    <label className="block text-sm" htmlFor={`${prefix}-${name}`}>
      <span className="block text-slate-600">{label}</span>
      <input
        id={`${prefix}-${name}`}
        name={name}
        type={type}
        value={values[name]}
        aria-invalid={!!errors?.[name]}
        onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
        className={control}
      />
      {errors?.[name] ? <span className="text-red-600">{errors[name].join(" ")}</span> : null}
    </label>
  );
  return (
    <form action={action} className="space-y-2" noValidate>
      {state && !state.ok && !errors ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t("categorySaved")}</Alert> : null}
      {category ? <input type="hidden" name="id" value={category.id} /> : null}
      <div className="grid gap-2 sm:grid-cols-[1fr_1fr_1fr_6rem_auto] sm:items-end">
        {input("nameEn", t("fieldNameEn"))}
        {input("nameEs", t("fieldNameEs"))}
        {input("slug", t("fieldSlug"))}
        {input("sortOrder", t("fieldSortOrder"), "number")}
        <SubmitButton pendingLabel={t("saving")}>{category ? t("saveCategory") : t("addCategory")}</SubmitButton>
      </div>
    </form>
  );
}

/** Deleting asks first; the server refuses a category that still has articles. */
export function DeleteCategoryButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("kb.admin");
  const [state, action] = useActionState(deleteCategoryAction, null);
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <div className="space-y-1">
        {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
        <button type="button" onClick={() => setConfirming(true)} className="rounded-md border border-red-300 px-3 py-1.5 text-sm text-red-700 hover:bg-red-50">
          {t("deleteCategory")}
        </button>
      </div>
    );
  }
  return (
    <form action={async (form) => { await action(form); setConfirming(false); }} className="flex flex-wrap items-center gap-2" role="group">
      <input type="hidden" name="id" value={id} />
      <span className="text-sm">{t("confirmDelete", { name })}</span>
      <SubmitButton variant="danger" pendingLabel={t("deleting")}>{t("confirm")}</SubmitButton>
      <button type="button" onClick={() => setConfirming(false)} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">{t("cancel")}</button>
    </form>
  );
}
