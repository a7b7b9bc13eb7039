{-# LANGUAGE FlexibleContexts, FlexibleInstances, GeneralizedNewtypeDeriving #-}
import Control.Monad.State
import Control.Monad.Writer
import qualified Data.Map as M
import Data.List (intercalate)

class Monad m => MonadLogger m where
  logMsg :: String -> m ()

class Monad m => MonadBank m where
  balance :: String -> m Int
  deposit :: String -> Int -> m ()
  withdraw :: String -> Int -> m Bool
  withdraw acct n = do
    b <- balance acct
    if b >= n then deposit acct (negate n) >> return True else return False

newtype Bank a = Bank (StateT (M.Map String Int) (Writer [String]) a)
  deriving (Functor, Applicative, Monad, MonadState (M.Map String Int), MonadWriter [String])

instance MonadLogger Bank where
  logMsg s = tell [s]

instance MonadBank Bank where
  balance a = gets (M.findWithDefault 0 a)
  deposit a n = do
    modify (M.insertWith (+) a n)
    logMsg ("deposit " ++ a ++ " " ++ show n)

runBank :: Bank a -> (a, M.Map String Int, [String])
runBank (Bank m) = let ((a, s), w) = runWriter (runStateT m M.empty) in (a, s, w)

transfer :: (MonadBank m, MonadLogger m) => String -> String -> Int -> m ()
transfer from to n = do
  ok <- withdraw from n
  if ok then deposit to n else logMsg ("insufficient funds in " ++ from)

-- an IO instance too
instance MonadLogger IO where
  logMsg = putStrLn . ("[io] " ++)

countdown :: MonadLogger m => Int -> m ()
countdown 0 = logMsg "liftoff"
countdown n = logMsg (show n) >> countdown (n - 1)

class Container f where
  empty :: f a
  insert :: a -> f a -> f a
  cToList :: f a -> [a]
  fromL :: [a] -> f a
  fromL = foldr insert empty
  size :: f a -> Int
  size = length . cToList

newtype Stack a = Stack [a]
newtype Queue a = Queue ([a], [a])
instance Container Stack where
  empty = Stack []
  insert x (Stack xs) = Stack (x : xs)
  cToList (Stack xs) = xs
instance Container Queue where
  empty = Queue ([], [])
  insert x (Queue (f, b)) = Queue (f, x : b)
  cToList (Queue (f, b)) = f ++ reverse b
  size (Queue (f, b)) = length f + length b

main :: IO ()
main = do
  let (r, s, w) = runBank (do deposit "alice" 100; transfer "alice" "bob" 30; transfer "bob" "carol" 50; balance "alice")
  print r
  print (M.toList s)
  putStrLn (intercalate "\n" w)
  countdown 3
  print (cToList (fromL [1, 2, 3] :: Stack Int), cToList (fromL [1, 2, 3] :: Queue Int), size (fromL "abcd" :: Stack Char), size (fromL "ab" :: Queue Char))
