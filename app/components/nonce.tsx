import { createContext, useContext } from "react";

// The per-request CSP nonce; only rendered on the server (browsers hide it from scripts).
const NonceContext = createContext<string>("");
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
