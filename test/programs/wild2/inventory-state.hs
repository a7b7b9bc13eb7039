{-# LANGUAGE TupleSections #-}
-- An inventory system in State with a Writer log, using mtl classes.
module Main (main) where

import Control.Monad.State.Strict
import Control.Monad.Writer.Strict
import qualified Data.Map.Strict as M
import Data.Maybe (fromMaybe)

type Inventory = M.Map String Int

data Cmd = Add String Int | Remove String Int | Query String | Report

type App = StateT Inventory (Writer [String])

say :: String -> App ()
say s = lift (tell [s])

exec :: Cmd -> App ()
exec (Add item n) = do
  modify (M.insertWith (+) item n)
  say ("added " ++ show n ++ " " ++ item)
exec (Remove item n) = do
  have <- gets (fromMaybe 0 . M.lookup item)
  if have < n
    then say ("cannot remove " ++ show n ++ " " ++ item ++ ", only " ++ show have)
    else do
      modify (M.update (\k -> if k == n then Nothing else Just (k - n)) item)
      say ("removed " ++ show n ++ " " ++ item)
exec (Query item) = gets (M.lookup item) >>= say . maybe (item ++ ": none") ((item ++ ": ") ++) . fmap show
exec Report = do
  inv <- get
  forM_ (M.toAscList inv) $ \(k, v) -> say ("  " ++ k ++ " x" ++ show v)
  say ("  total " ++ show (sum (M.elems inv)))

main :: IO ()
main = do
  let cmds = [Add "apple" 5, Add "pear" 2, Remove "apple" 3, Remove "pear" 5, Query "apple", Query "kiwi", Add "apple" 1, Remove "pear" 2, Report]
      ((_, final), logs) = runWriter (runStateT (mapM_ exec cmds) M.empty)
  mapM_ putStrLn logs
  print final
  print (evalState (mapM (\x -> state (\s -> (x + s, s + 1))) [10, 20, 30 :: Int]) 0)
  print (execState (forM_ [1 .. 10 :: Int] (\i -> when (even i) (modify (i :)))) [])
  print (runState (gets (* 2) >>= put >> gets show) (21 :: Int))
  print (map (,True) "ab")
