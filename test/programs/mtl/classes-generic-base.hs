{-# OPTIONS_GHC -fno-specialise #-}
{-# LANGUAGE FlexibleContexts #-}
-- mtl's classes through transformers over a base monad the code does not
-- know (RWST's MonadState/Reader/Writer, ExceptT's MonadError, the lifting
-- instances of ReaderT/StateT/WriterT/MaybeT), and the instances at base
-- types (Either, Maybe, pairs, functions) used from generic code.
-- (-fno-specialise keeps GHC from copying the generic functions per use
-- site, as it would not across modules.)
import Control.Monad.Except
import Control.Monad.RWS.Lazy (RWST, runRWST)
import qualified Control.Monad.RWS.Strict as RS
import Control.Monad.Reader
import Control.Monad.State
import Control.Monad.Writer
import Control.Monad.Trans.Maybe
import Data.Functor.Identity (runIdentity)

{-# NOINLINE tick #-}
tick :: (MonadState Int m, MonadReader Int m, MonadWriter [String] m) => m Int
tick = do
  n <- get
  r <- ask
  r2 <- asks (* 2)
  l <- local (+ 100) ask
  put (n + r)
  modify (* 2)
  s <- gets show
  tell ["tick " ++ s]
  (_, w) <- listen (tell ["inner"])
  pass (return ((), map reverse))
  censor (map (++ "!")) (tell ["censored"])
  state (\x -> (x + r2 + l + length w, x + 1))

{-# NOINLINE lazyRWS #-}
lazyRWS :: Monad m => m Int -> m (Int, Int, [String])
lazyRWS m = runRWST (lift m >>= \v -> modify (+ v) >> tick) 3 10

{-# NOINLINE strictRWS #-}
strictRWS :: Monad m => m Int -> m (Int, Int, [String])
strictRWS m = RS.runRWST (lift m >>= \v -> modify (+ v) >> tick) 4 20

{-# NOINLINE stacked #-}
stacked :: Monad m => m (Either String (Int, Int), [String])
stacked = runWriterT (runExceptT (runStateT (runReaderT go 5) 1))
  where
    go = do
      r <- ask
      s <- get
      tell ["stacked"]
      x <- (throwError "oops" >> return 0) `catchError` (\e -> tell [e] >> return (length e))
      lift (lift (lift (tell ["deep"])))
      put (s + r + x)
      return (r * x)

{-# NOINLINE withMaybe #-}
withMaybe :: Monad m => m (Maybe (Int, Int))
withMaybe = runMaybeT (runStateT (get >>= \s -> put (s + 1) >> lift (MaybeT (return (Just s)))) 41)

{-# NOINLINE baseErrors #-}
baseErrors :: (MonadError e m, Show e) => m Int -> (e -> m Int) -> m Int
baseErrors act h = act `catchError` h

{-# NOINLINE baseWriter #-}
baseWriter :: MonadWriter String m => m Int -> m (Int, String)
baseWriter act = do
  (a, w) <- listen act
  b <- pass (return (a + 1, (++ "+")))
  return (b, w)

{-# NOINLINE baseReader #-}
baseReader :: MonadReader Int m => m Int
baseReader = local (* 3) (asks (+ 1))

main :: IO ()
main = do
  print (lazyRWS (Just 2), strictRWS [1, 2])
  lazyRWS (return 7) >>= print
  strictRWS (return 8) >>= print
  stacked >>= print
  print (runIdentity stacked)
  withMaybe >>= print
  print (baseErrors (Left "e1") (\e -> Right (length e)), baseErrors (Right 3 :: Either String Int) (const (Right 0)))
  print (baseErrors Nothing (\() -> Just 9), baseErrors (Just 4) (\() -> Nothing))
  r <- baseErrors (ioError (userError "io")) (\e -> return (length (show e)))
  print r
  print (runExcept (baseErrors (throwError 'x') (\c -> return (fromEnum c))))
  print (baseWriter ("w", 5), runWriter (baseWriter (writer (6, "v"))))
  print (baseReader 4, runReader baseReader 5)
