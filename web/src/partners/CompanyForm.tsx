import { SimpleGrid, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type ChangeEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormModal } from "../common/FormModal.tsx";
import { addCompany, type Company, updateCompany } from "./partners.ts";

const fields = ["name", "sector", "address", "contactName", "contactPhone", "contactEmail"] as const;
type Field = (typeof fields)[number];

/**
 * Adds a company (then opens its page) or changes one: its name, sector, address and the person to
 * talk to about CSR. An emptied field is cleared.
 */
export function CompanyForm({ company }: { company?: Company }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [code, setCode] = useState("");
  const empty = Object.fromEntries(fields.map((f) => [f, ""])) as Record<Field, string>;
  const [values, setValues] = useState(empty);
  const set = (field: Field) => (e: ChangeEvent<HTMLInputElement>) =>
    setValues({ ...values, [field]: e.currentTarget.value });
  const codeOk = /^[a-z0-9][a-z0-9._-]{0,39}$/.test(code.trim());
  const input = Object.fromEntries(fields.map((f) => [f, values[f].trim() || null]));
  const edit = company !== undefined;
  return (
    <FormModal
      label={t(edit ? "partners.company.edit" : "partners.company.add")}
      buttonProps={edit ? { variant: "default" } : undefined}
      title={t(edit ? "partners.company.editTitle" : "partners.company.addTitle")}
      text={t(edit ? "partners.company.editText" : "partners.company.addText")}
      submit={t("partners.save")}
      cancel={t("partners.cancel")}
      ready={values.name.trim().length > 0 && (edit || codeOk)}
      onOpen={() => {
        setCode("");
        setValues(
          company
            ? (Object.fromEntries(fields.map((f) => [f, company[f] ?? ""])) as Record<Field, string>)
            : empty,
        );
      }}
      save={async () => {
        if (company) return updateCompany(company.id, { ...input, name: values.name.trim() });
        const added = await addCompany({ code: code.trim(), ...input, name: values.name.trim() });
        void navigate({ to: "/partners/companies/$id", params: { id: String(added.id) } });
      }}
      after={() => client.invalidateQueries({ queryKey: ["partners"] })}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {!edit && (
          <TextInput
            label={t("partners.company.code")}
            description={t("partners.company.codeHint")}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value.toLowerCase())}
            error={code && !codeOk ? t("partners.company.codeInvalid") : undefined}
            maxLength={40}
            required
            data-autofocus
          />
        )}
        <TextInput
          label={t("partners.company.name")}
          placeholder="PT Maju Jaya"
          value={values.name}
          onChange={set("name")}
          maxLength={200}
          required
          data-autofocus={edit || undefined}
        />
        <TextInput
          label={t("partners.company.sector")}
          value={values.sector}
          onChange={set("sector")}
          maxLength={100}
        />
        <TextInput
          label={t("partners.company.address")}
          value={values.address}
          onChange={set("address")}
          maxLength={300}
        />
        <TextInput
          label={t("partners.company.contactName")}
          value={values.contactName}
          onChange={set("contactName")}
          maxLength={100}
        />
        <TextInput
          label={t("partners.company.contactPhone")}
          placeholder="021-5550123"
          value={values.contactPhone}
          onChange={set("contactPhone")}
          maxLength={30}
        />
        <TextInput
          label={t("partners.company.contactEmail")}
          placeholder="csr@maju.co.id"
          type="email"
          value={values.contactEmail}
          onChange={set("contactEmail")}
          maxLength={200}
        />
      </SimpleGrid>
    </FormModal>
  );
}
