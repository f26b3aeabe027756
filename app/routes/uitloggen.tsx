import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { logout } from "~/auth.server";
import { readForm } from "~/lib/forms";

export async function action({ request }: ActionFunctionArgs) {
  // The button sends no fields; a body that is no form is still refused.
  await readForm(request);
  return redirect("/", { headers: { "Set-Cookie": await logout(request) } });
}

export async function loader() {
  return redirect("/");
}
