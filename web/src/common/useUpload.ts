import { useState } from "react";
import { upload } from "../imports/imports.ts";
import { useAction } from "./useAction.ts";

/** A file chosen, sent to /uploads and handed on by its token; the result kept to show. */
export function useUpload<T>() {
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<T | null>(null);
  const action = useAction();
  // `after` runs once the result shows (refetches that may take a while).
  const send = (use: (token: string) => Promise<T>, after?: () => Promise<unknown>) => {
    if (!file) return;
    setResult(null);
    void action.run(async () => {
      setResult(await use(await upload(file)));
      await after?.();
    });
  };
  return { file, setFile, result, busy: action.busy, error: action.error, send };
}
