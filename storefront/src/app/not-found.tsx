import "./globals.css"

// Reached only for URLs outside any locale (the proxy adds a locale to everything else).
export default function GlobalNotFound() {
  return (
    <html lang="sv">
      <body>
        <main id="main" className="page page--narrow">
          <h1>Sidan hittades inte</h1>
          <p>
            <a href="/sv">Till startsidan</a>
          </p>
        </main>
      </body>
    </html>
  )
}
