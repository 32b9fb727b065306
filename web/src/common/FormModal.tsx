import { Alert, Button, type ButtonProps, Group, Modal, Stack, Text } from "@mantine/core";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAction } from "./useAction.ts";

/**
 * A button that opens a modal for one change: a text saying what it does, the server's error if it
 * fails, the fields (if any) and cancel / submit. On success the modal closes, then `after` runs
 * (refetches), so the page behind updates while the user is back on it.
 */
export function FormModal({
  label,
  buttonProps,
  title,
  text,
  submit,
  cancel,
  color,
  ready = true,
  onOpen,
  save,
  after,
  children,
}: {
  /** The opening button's text; `buttonProps` its look and accessible name. */
  label: string;
  buttonProps?: ButtonProps & { "aria-label"?: string };
  title: string;
  text: ReactNode;
  submit: string;
  cancel: string;
  /** The submit button's colour (a red one for what cannot be undone). */
  color?: string;
  /** Whether the fields are valid: the submit button is disabled until they are. */
  ready?: boolean;
  /** Resets the fields each time the modal opens. */
  onOpen?: () => void;
  save: () => Promise<unknown>;
  after?: () => Promise<unknown>;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const action = useAction();
  const open = () => {
    onOpen?.();
    action.setError(null);
    setOpened(true);
  };
  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!ready) return;
    void action.run(async () => {
      await save();
      setOpened(false);
      await after?.();
    });
  };
  return (
    <>
      <Button {...buttonProps} onClick={open}>
        {label}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={title}
        closeButtonProps={{ "aria-label": t("enrolment.detail.close") }}
        centered
      >
        <form onSubmit={send}>
          <Stack gap="sm">
            <Text size="sm">{text}</Text>
            {action.error && (
              <Alert color="red" role="alert">
                {action.error}
              </Alert>
            )}
            {children}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>
                {cancel}
              </Button>
              <Button type="submit" color={color} loading={action.busy} disabled={!ready}>
                {submit}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
