import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { approvePlan, deletePlan } from "./plans.ts";

type Action = "approve" | "delete";

/** Approve or delete a draft (regency admins), each after a confirmation that says what follows. */
export function PlanActions({ plan }: { plan: number }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [asking, setAsking] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setAsking(null);
    setError(null);
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      if (asking === "approve") {
        await approvePlan(plan);
        await client.invalidateQueries({ queryKey: ["plan", String(plan)] });
      } else {
        await deletePlan(plan);
        client.removeQueries({ queryKey: ["plan", String(plan)] });
        void navigate({ to: "/plans" });
      }
      await client.invalidateQueries({ queryKey: ["plans"] });
      setAsking(null);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Group gap="sm">
        <Button onClick={() => setAsking("approve")}>{t("plans.approve")}</Button>
        <Button variant="outline" color="red.9" onClick={() => setAsking("delete")}>
          {t("plans.delete")}
        </Button>
      </Group>
      <Modal
        opened={asking !== null}
        onClose={close}
        title={asking ? t(`plans.confirm.${asking}Title`, { id: plan }) : ""}
        centered
      >
        <Stack>
          <Text size="sm">{asking && t(`plans.confirm.${asking}Text`)}</Text>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("plans.confirm.cancel")}
            </Button>
            <Button
              color={asking === "delete" ? "red.9" : undefined}
              loading={busy}
              onClick={() => void confirm()}
            >
              {asking === "delete" ? t("plans.confirm.delete") : t("plans.confirm.approve")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
