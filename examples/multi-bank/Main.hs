-- Multi-module: a bank ledger with a class in one module and instances in another.
module Main where

import Bank.Types
import Bank.Ledger

main :: IO ()
main = do
  let txs =
        [ Deposit "alice" 100,
          Deposit "bob" 50,
          Withdraw "alice" 30,
          Transfer "bob" "alice" 20,
          Withdraw "bob" 100,
          Deposit "carol" 5
        ]
      (ledger, errs) = runAll txs
  mapM_ (putStrLn . pretty) txs
  mapM_ putStrLn errs
  mapM_ (\(n, b) -> putStrLn (n ++ ": " ++ show b)) (balances ledger)
  print (total ledger)
