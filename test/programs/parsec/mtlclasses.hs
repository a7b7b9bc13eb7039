{-# LANGUAGE FlexibleContexts #-}
-- The mtl class instances of ParsecT (MonadState, MonadReader,
-- MonadError, MonadCont, MonadIO), used directly and through polymorphic
-- NOINLINE helpers so -O1 code calls the instance methods by name.
import Control.Monad.Cont
import Control.Monad.Except
import Control.Monad.Reader
import Control.Monad.State hiding (State)
import qualified Control.Monad.State as S
import Text.Parsec

{-# NOINLINE bump #-}
bump :: MonadState Int m => m Int
bump = do
  modify (+ 1)
  n <- get
  _ <- state (\s -> ((), s * 2))
  return n

{-# NOINLINE depth #-}
depth :: MonadReader Int m => m a -> m (a, Int)
depth m = do
  x <- local (+ 1) m
  d <- reader (* 100)
  return (x, d)

{-# NOINLINE guarded #-}
guarded :: MonadError String m => m Int -> m Int
guarded m = m `catchError` \e -> return (length e)

{-# NOINLINE escape #-}
escape :: MonadCont m => (Int -> Bool) -> [Int] -> m (Maybe Int)
escape p xs = callCC $ \k -> do
  mapM_ (\x -> when (p x) (k (Just x))) xs
  return Nothing

type PS = ParsecT String () (S.State Int)

stateful :: PS [Int]
stateful = many (digit >> lift bump) <* eof

readerful :: ParsecT String () (Reader Int) ((String, Int), Int)
readerful = depth (depth (many1 letter))

errorful :: ParsecT String () (Either String) [Int]
errorful = do
  xs <- many (noneOf "!")
  r <- guarded (char '!' >> throwError "bang!")
  rest <- many anyChar
  return (map fromEnum xs ++ [r, length rest])

contful :: ParsecT String () (Cont r) (Maybe Int)
contful = do
  ds <- many (read . (: []) <$> digit)
  escape (> 4) ds

main :: IO ()
main = do
  print (runState (runParserT stateful () "s" "1234") 0)
  print (runState (runParserT stateful () "s" "12x") 0)
  print (runReader (runParserT readerful () "r" "abc") 1)
  print (runParserT errorful () "e" "ab!c")
  print (runCont (runParserT contful () "c" "13572") id)
  print (runCont (runParserT contful () "c" "1234") id)
  r <- runParserT (many1 digit >>= \d -> liftIO (putStrLn ("io " ++ d)) >> return (length d)) () "io" "987"
  print r
