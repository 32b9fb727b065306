/** Monthly invoices per funder as the API gives them. */
import { useQuery } from "@tanstack/react-query";
import { api } from "../common/api.ts";

export interface Invoice {
  id: number;
  /** The funder's code. */
  funder: string;
  name: string;
  bpjsCode: string;
  members: number;
  amount: number;
  paid: number;
}

export interface MonthInvoices {
  /** yyyy-mm */
  month: string;
  invoices: Invoice[];
  members: number;
  amount: number;
}

export function useInvoices(month: string) {
  return useQuery({
    queryKey: ["invoices", month],
    queryFn: () => api<MonthInvoices>(`/invoices?month=${month}`),
  });
}

/** Bills a month (regency admins); the month's unpaid invoices are replaced. */
export function generateInvoices(month: string): Promise<MonthInvoices> {
  return api<MonthInvoices>("/invoices", { json: { month } });
}

/** This month, yyyy-mm. */
export function thisMonth(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
}

// Money after the invoice: payments, lateness, refunds, BPJS's bill.

export interface Payment {
  id: number;
  funder: string;
  /** yyyy-mm */
  month: string;
  /** yyyy-mm-dd */
  paid_on: string;
  amount: number;
  reference: string | null;
  recorded_by: string;
}

export interface PaymentResult {
  invoice: number;
  funder: string;
  month: string;
  amount: number;
  paid: number;
  owed: number;
}

export function usePayments(month: string) {
  return useQuery({
    queryKey: ["payments", month],
    queryFn: () => api<{ payments: Payment[] }>(`/payments?month=${month}`),
  });
}

/** Money received for a funder's invoice of a month (regency admins); never more than it owes. */
export function recordPayment(body: {
  funder: string;
  month: string;
  amount: number;
  paidOn: string;
  reference?: string;
}): Promise<PaymentResult> {
  return api<PaymentResult>("/payments", { json: body });
}

export type LateState = "late" | "warning" | "lapse";

export interface FunderLateness {
  funder: string;
  name: string;
  unpaidMonths: number;
  /** yyyy-mm: the oldest unpaid month of the run. */
  since: string;
  owed: number;
  warned: number;
  lapsing: number;
  state: LateState;
}

export interface Lateness {
  month: string;
  lateMonths: number;
  funders: FunderLateness[];
  lapsed: number;
}

export function useLateness(month: string) {
  return useQuery({
    queryKey: ["lateness", month],
    queryFn: () => api<Lateness>(`/invoices/late?month=${month}`),
  });
}

/** Ends (lapses) the memberships over the limit of unpaid months as of a month (regency admins). */
export function lapseLate(month: string): Promise<Lateness> {
  return api<Lateness>("/invoices/late", { json: { month } });
}

export interface Refund {
  membership: number;
  person_id: number;
  name: string;
  /** Masked. */
  nik: string;
  funder: string;
  month: string;
  amount: number;
  end_reason: string;
  ended_on: string;
  refunded_on: string | null;
}

export function useRefunds(filter: { due: boolean; funder?: string }) {
  const query = new URLSearchParams({ due: String(filter.due) });
  if (filter.funder) query.set("funder", filter.funder);
  return useQuery({
    queryKey: ["refunds", query.toString()],
    queryFn: () => api<{ refunds: Refund[]; due: number }>(`/refunds?${query}`),
  });
}

/** Records that a membership's premiums paid after it ended were given back (regency admins). */
export function recordRefund(body: {
  membership: number;
  refundedOn: string;
  reference?: string;
}): Promise<{ membership: number; months: number; amount: number }> {
  return api("/refunds", { json: body });
}

export interface Reconciliation {
  file: string;
  funder: string;
  month: string;
  billed: { rows: number; amount: number | null };
  invoice: { members: number; amount: number };
  matched: number;
  notOurs: { count: number; rows: { row: number; nik: string; kpj: string | null; status: string | null }[] };
  notBilled: {
    count: number;
    members: { membership: number; name: string; nik: string; kpj: string | null }[];
  };
  amountDiffers: {
    count: number;
    rows: { row: number; nik: string; kpj: string | null; ours: number; theirs: number }[];
  };
}

/** BPJS's bill (an upload's token) against Payung's invoice of a funder and month (regency admins). */
export function reconcileBill(body: {
  upload: string;
  funder: string;
  month: string;
}): Promise<Reconciliation> {
  return api<Reconciliation>("/invoices/reconcile", { json: body });
}

/** Today in the browser, yyyy-mm-dd. */
export function today(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** Whole rupiah as typed (67.200, Rp67.200, 67200); null when not a positive whole number. */
export function parseRupiah(text: string): number | null {
  const digits = text
    .trim()
    .replace(/^rp\.?/i, "")
    .replace(/[.\s]/g, "");
  if (!/^\d{1,15}$/.test(digits)) return null;
  const n = Number(digits);
  return n > 0 && Number.isSafeInteger(n) ? n : null;
}
