import { Card, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** A card that is a section of the page, named by its heading (`id`), with a hint under it. */
export function SectionCard({
  id,
  title,
  hint,
  children,
}: {
  id: string;
  title: string;
  hint: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {hint}
      </Text>
      {children}
    </Card>
  );
}
