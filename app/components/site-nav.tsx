import { Form, NavLink } from "@remix-run/react";
import type { Role } from "~/lib/accounts/constants";
import { nlCore } from "~/i18n/slices";

interface NavUser {
  name: string;
  roles: Role[];
}

interface Item {
  to: string;
  label: string;
  roles?: Role[];
}

const ITEMS: Item[] = [
  { to: "/", label: nlCore.nav.home },
  { to: "/modules", label: nlCore.nav.modules },
  { to: "/groepen", label: nlCore.nav.groups },
  { to: "/groepen/overzicht", label: nlCore.nav.groupsOverview, roles: ["coordinator"] },
  { to: "/webinars", label: nlCore.nav.webinars },
  { to: "/agenda", label: nlCore.nav.agenda },
  { to: "/beheer/inbreng", label: nlCore.nav.contributions, roles: ["coordinator"] },
  { to: "/beheer/gebruikers", label: nlCore.nav.users, roles: ["admin"] },
];

export function SiteNav({ user }: { user: NavUser | null }) {
  const items = user
    ? ITEMS.filter((item) => !item.roles || item.roles.some((role) => user.roles.includes(role)))
    : [{ to: "/", label: nlCore.nav.home }, { to: "/stem", label: nlCore.nav.vote }];
  return (
    <nav aria-label={nlCore.nav.label} className="site-nav">
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.to === "/" || item.to === "/groepen"}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
      <ul className="site-nav__account">
        {user ? (
          <>
            <li>
              <NavLink to="/account">{nlCore.nav.account}</NavLink>
            </li>
            <li>
              <Form method="post" action="/uitloggen">
                <button type="submit" className="link-button">
                  {nlCore.nav.logout}
                </button>
              </Form>
            </li>
          </>
        ) : (
          <>
            <li>
              <NavLink to="/inloggen">{nlCore.nav.login}</NavLink>
            </li>
            <li>
              <NavLink to="/registreren">{nlCore.nav.register}</NavLink>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}
