import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import {
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { getOptionalUser } from "./auth.server";
import { useNonce } from "./components/nonce";
import { SiteNav } from "./components/site-nav";
import { nlCore } from "./i18n/slices";
import { requestsText } from "./i18n/nl/requests";
import styles from "./styles/app.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: nlCore.appName }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  return json({ user: user && { name: user.name, roles: user.roles } });
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const data = useRouteLoaderData<typeof loader>("root");
  return (
    <html lang="nl">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#inhoud">
          {nlCore.skipLink}
        </a>
        <header className="site-header">
          <Link to="/" className="site-header__brand">
            {nlCore.appName}
          </Link>
          <SiteNav user={data?.user ?? null} />
        </header>
        <main id="inhoud" tabIndex={-1}>
          {children}
        </main>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  let title: string = nlCore.errors.serverTitle;
  let message: string = nlCore.errors.server;
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) {
      title = nlCore.errors.notFoundTitle;
      message = nlCore.errors.notFound;
    } else if (error.status === 403) {
      title = nlCore.errors.forbiddenTitle;
      message = nlCore.errors.forbidden;
    } else if (error.status === 413) {
      // The server refused the body before the route saw it (server/request-limits.ts).
      title = requestsText.requests.tooLargeTitle;
      message = requestsText.requests.tooLarge;
    } else if (error.status < 500 && typeof error.data?.message === "string") {
      message = error.data.message;
    }
  }
  return (
    <div className="page narrow">
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <Link to="/">{nlCore.errors.backHome}</Link>
      </p>
    </div>
  );
}
