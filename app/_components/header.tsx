import Link from "next/link";
import { logUd } from "@/app/actions/auth";
import { formatKlokken } from "@/lib/format";
import { NavLink } from "./nav-link";
import { SessionUdloeb } from "./session-udloeb";

type Props = {
  /** `slut`: when the login session ends unless it is used again; `sekunder`: how long until then. */
  user: { navn: string; info?: string; slut: Date; sekunder: number } | null;
  menu: { href: string; text: string }[];
};

/** DKFDS header for a self-service solution on borger.dk: portal line, solution line, main menu. */
export function Header({ user, menu }: Props) {
  return (
    <header className="header">
      <div className="portal-info">
        <div className="portal-info-inner container">
          <Link href="/" className="logo" aria-label="Borger.dk – Mine Data forside">
            <span>Borger.dk</span>
          </Link>
          {user && (
            <div className="portal-user">
              <p className="user">
                {user.navn}
                {user.info ? <span className="user-info"> · {user.info}</span> : null}
              </p>
              <form action={logUd}>
                <button type="submit" className="function-link log-off d-print-none">
                  Log af
                </button>
              </form>
              <p className="session-slut d-print-none">Du bliver logget af {formatKlokken(user.slut)}, hvis du ikke bruger siden.</p>
              <SessionUdloeb sekunder={user.sekunder} />
            </div>
          )}
        </div>
      </div>
      <div className="solution-info">
        <div className="solution-info-inner container">
          <div className="solution-heading">
            <Link href="/">Mine Data</Link>
          </div>
          <div className="additional-info">
            <p>
              <strong className="authority-name">Korsbæk Kommune</strong>
            </p>
          </div>
        </div>
      </div>
      {menu.length > 0 && (
        <div className="navigation-menu">
          <div className="navigation-menu-inner container">
            <nav className="nav" aria-label="Hovedmenu">
              <ul className="mainmenu">
                {menu.map((item) => (
                  <NavLink
                    key={item.href}
                    href={item.href}
                    exact={menu.some((other) => other.href !== item.href && other.href.startsWith(item.href === "/" ? "/" : `${item.href}/`))}
                  >
                    {item.text}
                  </NavLink>
                ))}
              </ul>
            </nav>
          </div>
        </div>
      )}
    </header>
  );
}
