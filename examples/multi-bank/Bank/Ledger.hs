module Bank.Ledger (Ledger, runAll, balances, total) where

import Bank.Types
import Data.List (sortBy)

newtype Ledger = Ledger [(String, Integer)]

balanceOf :: String -> Ledger -> Integer
balanceOf n (Ledger xs) = maybe 0 id (lookup n xs)

setBalance :: String -> Integer -> Ledger -> Ledger
setBalance n b (Ledger xs) = Ledger ((n, b) : filter ((/= n) . fst) xs)

apply :: Ledger -> Tx -> Either String Ledger
apply l (Deposit n a) = Right (setBalance n (balanceOf n l + a) l)
apply l tx@(Withdraw n a)
  | balanceOf n l < a = Left ("refused: " ++ show tx)
  | otherwise = Right (setBalance n (balanceOf n l - a) l)
apply l (Transfer f t a) = apply l (Withdraw f a) >>= \l' -> apply l' (Deposit t a)

runAll :: [Tx] -> (Ledger, [String])
runAll = foldl step (Ledger [], [])
  where
    step (l, errs) tx = case apply l tx of
      Left e -> (l, errs ++ [e])
      Right l' -> (l', errs)

balances :: Ledger -> [(String, Integer)]
balances (Ledger xs) = sortBy (\a b -> compare (fst a) (fst b)) xs

total :: Ledger -> Integer
total (Ledger xs) = sum (map snd xs)
