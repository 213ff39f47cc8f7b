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
      // The React Compiler's rules fail the lint, as every other rule does; the search page's
      // effects that follow the address say on their line why they set state.
      "react-hooks/set-state-in-effect": "error",
      "react-hooks/purity": "error",
      "react-hooks/error-boundaries": "error",
      "react-hooks/exhaustive-deps": "error",
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
