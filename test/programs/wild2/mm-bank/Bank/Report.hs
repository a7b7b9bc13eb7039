module Bank.Report (report) where

import Bank.Types
import Bank.Ledger

newtype Label = Label String
instance Pretty Label where
  pretty (Label s) = "== " ++ s ++ " =="

report :: Ledger -> String
report l = pretty (Label "history") ++ "\n" ++ prettyList (reverse (history l))
  ++ pretty (Label "balances") ++ "\n" ++ prettyList [(Label' n, a) | (n, a) <- balances l]

newtype Label' = Label' String
instance Pretty Label' where
  pretty (Label' s) = s
