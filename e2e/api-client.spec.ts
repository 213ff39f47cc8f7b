import { expect, test } from "@playwright/test";
import { claimtrailClient } from "../lib/api/client";

// A client generated from the OpenAPI document (openapi-typescript types, openapi-fetch) as a
// script would use it: a real token made on the admin page, then create, read, edit and
// deprecate a quote on the running app. The bodies and answers below are checked by TypeScript.

const ADMIN = { email: "admin@claimtrail.test", password: "claimtrail-demo-password" };
const EDITOR_EMAIL = "editor@claimtrail.test";

test("a script creates, reads, edits and deprecates a quote through the generated client", async ({ page, baseURL }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/admin");
  const form = page.getByRole("form", { name: "Create token" });
  await form.getByLabel("Account of the token").selectOption({ label: EDITOR_EMAIL });
  await form.getByLabel("Token name").fill("generated client");
  await form.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("one-time-secret").textContent())!.trim();
  expect(token).toMatch(/^ct_/);

  const api = claimtrailClient(baseURL!, token);
  const words = `Open models from China are now the default for many startups (${Date.now()}).`;

  const created = await api.POST("/api/quotes", {
    body: {
      // A speaker of its own, so the demo corpus's people keep their counts for the other specs.
      speaker: { create: { kind: "PERSON", name: `Client Test Speaker ${Date.now()}` } },
      quote: { text: words, lang: "en" },
      claim: { create: { statements: [{ lang: "en", text: words }], claimedAt: "2025-11" } },
      citations: [
        {
          source: {
            url: `https://example.org/claimtrail-client/${Date.now()}`,
            create: { type: "ARTICLE", title: "Client test article", lang: "en" },
          },
          role: "PRIMARY",
          exact: words,
        },
      ],
    },
  });
  expect(created.response.status).toBe(201);
  const quoteId = created.data!.quote.id;
  expect(created.data!.claim.createdNow).toBe(true);

  const read = await api.GET("/api/quotes/{id}", { params: { path: { id: quoteId } } });
  expect(read.data).toMatchObject({ id: quoteId, text: words, version: 1, deprecatedAt: null });

  const edited = await api.PATCH("/api/quotes/{id}", {
    params: { path: { id: quoteId } },
    body: { version: read.data!.version, reason: "Fuller wording", text: `${words} They are cheap.` },
  });
  expect(edited.error).toBeUndefined();
  expect(edited.data).toMatchObject({ version: 2, text: `${words} They are cheap.` });

  const stale = await api.PATCH("/api/quotes/{id}", {
    params: { path: { id: quoteId } },
    body: { version: 1, reason: "Late edit", spokenLang: "en" },
  });
  expect(stale.response.status).toBe(409);
  expect(stale.error?.error.code).toBe("conflict");

  const deprecated = await api.POST("/api/quotes/{id}/deprecate", {
    params: { path: { id: quoteId } },
    body: { version: 2, reason: "Added for the client test" },
  });
  expect(deprecated.data).toMatchObject({ id: quoteId, version: 3, deprecatedAt: expect.any(String) });

  const claim = await api.GET("/api/claims/{id}", { params: { path: { id: created.data!.claim.id } } });
  expect(claim.data?.statements[0]?.text).toBe(words);

  const anonymous = await claimtrailClient(baseURL!).PATCH("/api/quotes/{id}", {
    params: { path: { id: quoteId } },
    body: { version: 3, reason: "No token" },
  });
  expect(anonymous.response.status).toBe(401);
});
