import { Anchor } from "@mantine/core";
import { Link } from "@tanstack/react-router";

/** A person's name, leading to their page in the registry. */
export function PersonLink({ id, name }: { id: number; name: string }) {
  return (
    <Anchor renderRoot={(props) => <Link {...props} to="/persons/$id" params={{ id: String(id) }} />}>
      {name}
    </Anchor>
  );
}
