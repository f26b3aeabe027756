import { Form, NavLink } from "@remix-run/react";
import type { Role } from "~/lib/accounts/constants";
import { nl } from "~/i18n/nl-core";

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
  { to: "/", label: nl.nav.home },
  { to: "/modules", label: nl.nav.modules },
  { to: "/groepen", label: nl.nav.groups },
  { to: "/groepen/overzicht", label: nl.nav.groupsOverview, roles: ["coordinator"] },
  { to: "/webinars", label: nl.nav.webinars },
  { to: "/agenda", label: nl.nav.agenda },
  { to: "/beheer/inbreng", label: nl.nav.contributions, roles: ["coordinator"] },
  { to: "/beheer/gebruikers", label: nl.nav.users, roles: ["admin"] },
];

export function SiteNav({ user }: { user: NavUser | null }) {
  const items = user
    ? ITEMS.filter((item) => !item.roles || item.roles.some((role) => user.roles.includes(role)))
    : [{ to: "/", label: nl.nav.home }, { to: "/stem", label: nl.nav.vote }];
  return (
    <nav aria-label={nl.nav.label} className="site-nav">
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
              <NavLink to="/account">{nl.nav.account}</NavLink>
            </li>
            <li>
              <Form method="post" action="/uitloggen">
                <button type="submit" className="link-button">
                  {nl.nav.logout}
                </button>
              </Form>
            </li>
          </>
        ) : (
          <>
            <li>
              <NavLink to="/inloggen">{nl.nav.login}</NavLink>
            </li>
            <li>
              <NavLink to="/registreren">{nl.nav.register}</NavLink>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}
