// A qualified Haskell name as the inventory writes it (`GHC.Base.map`);
// its own module so that iface.ts and unfolding.ts need not import each other.
export type QName = string;
