import { Alert, Anchor, Button, Checkbox, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate, formatRupiah } from "../common/format.ts";
import { SectionCard } from "../common/SectionCard.tsx";
import { useAction } from "../common/useAction.ts";
import { useClaimRefresh } from "./ClaimActions.tsx";
import { type ClaimDetail, type Level, levels, openEducation } from "./claims.ts";

/** The rules pay the education benefit for two children at most. */
const maxChildren = 2;

/**
 * A school year of the education benefit after a death (operators and regency admins): the year and
 * up to two children with their school level. The server says what the rules give, or why nothing.
 */
export function EducationCard({ detail }: { detail: ClaimDetail }) {
  const { t } = useTranslation();
  const refresh = useClaimRefresh();
  const action = useAction();
  const children = detail.family.filter((m) => m.relation === "child" && !m.deceased);
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [picked, setPicked] = useState<Record<number, Level>>({});
  const [opened, setOpened] = useState<{ id: number; expected: number } | null>(null);
  const schoolYear = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : null;
  const chosen = Object.entries(picked).map(([id, level]) => ({ familyMemberId: Number(id), level }));
  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (schoolYear === null || chosen.length === 0) return;
    setOpened(null);
    void action.run(async () => {
      setOpened(await openEducation(detail.claim.id, { schoolYear, children: chosen }));
      setPicked({});
      await refresh();
    });
  };
  return (
    <SectionCard id="education-title" title={t("claim.education.title")} hint={t("claim.education.hint")}>
      {children.length === 0 ? (
        <Text size="sm">{t("claim.education.noChildren")}</Text>
      ) : (
        <form onSubmit={send}>
          <Stack gap="sm">
            {action.error && (
              <Alert color="red" role="alert">
                {action.error}
              </Alert>
            )}
            {opened && (
              <Text size="sm" role="status" fw={500}>
                {t("claim.education.opened", { amount: formatRupiah(opened.expected) })}{" "}
                <Anchor
                  renderRoot={(props) => (
                    <Link {...props} to="/claims/$id" params={{ id: String(opened.id) }} />
                  )}
                >
                  {t("claim.claimN", { id: opened.id })}
                </Anchor>
              </Text>
            )}
            <TextInput
              label={t("claim.education.schoolYear")}
              description={t("claim.education.schoolYearHint", {
                year: schoolYear ?? 2026,
                next: (schoolYear ?? 2026) + 1,
              })}
              value={year}
              onChange={(e) => setYear(e.currentTarget.value)}
              error={schoolYear === null ? t("claim.education.schoolYearInvalid") : undefined}
              inputMode="numeric"
              maxLength={4}
              w={240}
              required
            />
            <Text size="sm" fw={500}>
              {t("claim.education.children", { n: maxChildren })}
            </Text>
            {children.map((child) => {
              const level = picked[child.id];
              const full = chosen.length >= maxChildren && level === undefined;
              return (
                <Group key={child.id} align="center">
                  <Checkbox
                    label={`${child.name} (${formatDate(child.birth_date)})`}
                    checked={level !== undefined}
                    disabled={full}
                    onChange={(e) => {
                      const checked = e.currentTarget.checked;
                      setPicked((prev) => {
                        const { [child.id]: _, ...rest } = prev;
                        return checked ? { ...prev, [child.id]: "sd" } : rest;
                      });
                    }}
                    w={280}
                  />
                  <Select
                    aria-label={t("claim.education.levelOf", { name: child.name })}
                    data={levels.map((l) => ({ value: l, label: t(`claim.education.level.${l}`) }))}
                    value={level ?? null}
                    onChange={(value) =>
                      value && setPicked((prev) => ({ ...prev, [child.id]: value as Level }))
                    }
                    disabled={level === undefined}
                    allowDeselect={false}
                    w={220}
                  />
                </Group>
              );
            })}
            <Group>
              <Button
                type="submit"
                loading={action.busy}
                disabled={schoolYear === null || chosen.length === 0}
              >
                {t("claim.education.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </SectionCard>
  );
}
