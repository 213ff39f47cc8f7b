import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Next.js's Core Web Vitals and TypeScript rules; formatting is Prettier's (npm run format).
export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // A leading underscore names what is left out on purpose (`const { zh: _plain, ...rest }`).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      // The React Compiler's rules: the three places they flag (a setState in an effect that
      // follows the URL, Date.now() in a server page, a fallback view in a try/catch) are
      // warnings until each is rewritten and checked in the browser.
      "react-hooks/set-state-in-effect": "warn",
      "react-hooks/purity": "warn",
      "react-hooks/error-boundaries": "warn",
    },
  },
  {
    // No React outside app/ and components/: useTestDatabase and the like are not hooks.
    files: ["lib/**/*.ts", "scripts/**/*.ts", "e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // Tests send deliberately malformed input through typed signatures.
    files: ["**/*.test.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  globalIgnores([
    ".next/**",
    ".next-*/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
    "lib/db/generated/**",
    "lib/api/client/schema.d.ts",
  ]),
]);
