import { Alert, Anchor, Button, FileButton, Group, Stack, Table, Text } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { FormModal } from "../common/FormModal.tsx";
import { formatDateTime, formatNumber } from "../common/format.ts";
import { ScrollTable } from "../common/ScrollTable.tsx";
import { SectionCard } from "../common/SectionCard.tsx";
import { useAction } from "../common/useAction.ts";
import { useClaimRefresh } from "./ClaimActions.tsx";
import { DocumentBadge } from "./ClaimBadges.tsx";
import {
  type ChecklistItem,
  type ClaimDetail,
  checkDocument,
  claimRights,
  documentHref,
  uploadDocument,
} from "./claims.ts";
import { ReasonField } from "./ReasonField.tsx";

/** What a browser offers to pick; the server reads the file's first bytes all the same. */
const accepted = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

/**
 * The documents the claim needs (the claim settings, given its heirs and amount): each item's
 * status, its file to open, an upload (PDF, JPG or PNG) and the officer's check. A wrong file gets
 * the server's message, which says what to send instead.
 */
export function DocumentsCard({ detail, user }: { detail: ClaimDetail; user: User }) {
  const { t } = useTranslation();
  const refresh = useClaimRefresh();
  const action = useAction();
  const rights = claimRights(user);
  const c = detail.claim;
  const editable = rights.handle && c.status !== "paid" && c.status !== "rejected";
  const [failed, setFailed] = useState<string | null>(null);
  const done = detail.checklist.filter((i) => i.required && i.document?.status === "accepted").length;
  const required = detail.checklist.filter((i) => i.required).length;
  const upload = (item: ChecklistItem, file: File | null) => {
    if (!file) return;
    setFailed(item.label);
    void action.run(async () => {
      await uploadDocument(c.id, item.code, file);
      setFailed(null);
      await refresh();
    });
  };
  return (
    <SectionCard
      id="documents-title"
      title={t("claim.documents.title")}
      hint={t("claim.documents.hint", { done: formatNumber(done), required: formatNumber(required) })}
    >
      <Stack gap="sm">
        {action.error && (
          <Alert color="red" role="alert" data-testid="document-error">
            {failed ? `${failed}: ${action.error}` : action.error}
          </Alert>
        )}
        <ScrollTable minWidth={860} label={t("claim.documents.title")}>
          <Table striped aria-label={t("claim.documents.title")} data-testid="checklist">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("claim.documents.item")}</Table.Th>
                <Table.Th>{t("claim.documents.status")}</Table.Th>
                <Table.Th>{t("claim.documents.file")}</Table.Th>
                {editable && <Table.Th>{t("claim.documents.actions")}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.checklist.map((item) => (
                <Table.Tr key={item.code} data-testid={`document-${item.code}`}>
                  <Table.Td>
                    {item.label}
                    <Text size="xs" c="dimmed">
                      {t(item.required ? "claim.documents.required" : "claim.documents.optional")}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <DocumentBadge item={item} />
                    {item.document?.note && <Text size="xs">{item.document.note}</Text>}
                  </Table.Td>
                  <Table.Td>
                    <FileCell claim={c.id} item={item} opens={rights.documents} />
                  </Table.Td>
                  {editable && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <UploadButton item={item} busy={action.busy} onFile={(file) => upload(item, file)} />
                        {item.document && item.document.status !== "accepted" && (
                          <AcceptButton claim={c.id} item={item} />
                        )}
                        {item.document && item.document.status !== "rejected" && (
                          <RejectDocumentButton claim={c.id} item={item} />
                        )}
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </Stack>
    </SectionCard>
  );
}

/** The latest file of an item: a link to open it (roles that may), who sent it and when. */
function FileCell({ claim, item, opens }: { claim: number; item: ChecklistItem; opens: boolean }) {
  const { t } = useTranslation();
  const doc = item.document;
  if (!doc) return <>–</>;
  return (
    <>
      {opens ? (
        <Anchor
          href={documentHref(claim, doc.id)}
          target="_blank"
          rel="noopener"
          size="sm"
          aria-label={t("claim.documents.openOf", { item: item.label, file: doc.filename })}
        >
          {doc.filename}
        </Anchor>
      ) : (
        <Text size="sm">{doc.filename}</Text>
      )}
      <Text size="xs" c="dimmed">
        {doc.uploaded_by} · {formatDateTime(doc.uploaded_at)}
        {doc.uploads > 1 && ` · ${t("claim.documents.uploads", { n: doc.uploads })}`}
      </Text>
    </>
  );
}

function UploadButton({
  item,
  busy,
  onFile,
}: {
  item: ChecklistItem;
  busy: boolean;
  onFile: (file: File | null) => void;
}) {
  const { t } = useTranslation();
  // Cleared after each choice, so choosing the same file again (after fixing it) uploads again.
  const reset = useRef<() => void>(null);
  return (
    <FileButton
      resetRef={reset}
      accept={accepted}
      onChange={(file) => {
        onFile(file);
        reset.current?.();
      }}
    >
      {(props) => (
        <Button
          {...props}
          size="xs"
          variant={item.document ? "default" : "filled"}
          disabled={busy}
          aria-label={t(item.document ? "claim.documents.replaceOf" : "claim.documents.uploadOf", {
            item: item.label,
          })}
        >
          {t(item.document ? "claim.documents.replace" : "claim.documents.upload")}
        </Button>
      )}
    </FileButton>
  );
}

function AcceptButton({ claim, item }: { claim: number; item: ChecklistItem }) {
  const { t } = useTranslation();
  const refresh = useClaimRefresh();
  const action = useAction();
  return (
    <>
      <Button
        size="xs"
        color="teal.9"
        loading={action.busy}
        aria-label={t("claim.documents.acceptOf", { item: item.label })}
        onClick={() =>
          void action.run(async () => {
            await checkDocument(claim, item.document!.id, { status: "accepted" });
            await refresh();
          })
        }
      >
        {t("claim.documents.accept")}
      </Button>
      {action.error && (
        <Text size="xs" c="red.9" role="alert">
          {action.error}
        </Text>
      )}
    </>
  );
}

/** Rejecting a document needs a note: the family learns from it what to bring instead. */
function RejectDocumentButton({ claim, item }: { claim: number; item: ChecklistItem }) {
  const { t } = useTranslation();
  const refresh = useClaimRefresh();
  const [note, setNote] = useState("");
  return (
    <FormModal
      label={t("claim.documents.reject")}
      buttonProps={{
        size: "xs",
        variant: "outline",
        color: "red.9",
        "aria-label": t("claim.documents.rejectOf", { item: item.label }),
      }}
      title={t("claim.documents.rejectOf", { item: item.label })}
      text={t("claim.documents.rejectText")}
      submit={t("claim.documents.rejectSubmit")}
      cancel={t("claim.actions.cancel")}
      color="red.9"
      ready={note.trim().length > 0}
      onOpen={() => setNote("")}
      save={() => checkDocument(claim, item.document!.id, { status: "rejected", note: note.trim() })}
      after={refresh}
    >
      <ReasonField
        label={t("claim.documents.note")}
        description={t("claim.documents.noteHint")}
        value={note}
        onChange={setNote}
        autoFocus
      />
    </FormModal>
  );
}
