module Bank.Ledger (Ledger, emptyLedger, post, balances, history) where

import qualified Data.Map.Strict as M
import Bank.Types

data Ledger = Ledger { accounts :: M.Map Name Amount, history :: [Tx] }

newtype Acct = Acct Name
instance Pretty Acct where
  pretty (Acct n) = "[" ++ n ++ "]"

emptyLedger :: Ledger
emptyLedger = Ledger M.empty []

post :: Tx -> Ledger -> Either TxError Ledger
post tx l = do
  accts <- apply tx (accounts l)
  return l { accounts = accts, history = tx : history l }

apply :: Tx -> M.Map Name Amount -> Either TxError (M.Map Name Amount)
apply (Deposit n a) m = Right (M.insertWith (+) n a m)
apply (Withdraw n a) m = case M.lookup n m of
  Nothing -> Left (UnknownAccount n)
  Just b | b < a -> Left (InsufficientFunds n b)
         | otherwise -> Right (M.insert n (b - a) m)
apply (Transfer f t a) m = apply (Withdraw f a) m >>= apply (Deposit t a)

balances :: Ledger -> [(Name, Amount)]
balances = M.toList . accounts
