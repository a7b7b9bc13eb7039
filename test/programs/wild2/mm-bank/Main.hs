module Main (main) where

import Bank.Types
import Bank.Ledger (Ledger, emptyLedger, post, balances)
import qualified Bank.Report as R
import Control.Monad (foldM)

main :: IO ()
main = do
  let txs = [Deposit "ann" 100, Deposit "bob" 50, Transfer "ann" "bob" 30, Withdraw "bob" 100, Transfer "carl" "ann" 5, Withdraw "ann" 70]
  final <- foldM step emptyLedger txs
  putStr (R.report final)
  print (balances final)
  where
    step :: Ledger -> Tx -> IO Ledger
    step l tx = case post tx l of
      Left err -> putStrLn ("rejected " ++ show tx ++ ": " ++ show err) >> return l
      Right l' -> return l'
