{-# OPTIONS_GHC -fno-specialise #-}
{-# LANGUAGE FlexibleContexts #-}
-- poly-o1c without specialisation: the class-polymorphic code runs on the
-- dictionaries, so -O1 code calls mtl's workers ($wgets, $wlistens, ...).
import Control.Applicative
import Control.Monad.RWS
import Control.Monad.Except
import Control.Monad.Reader
import Control.Monad.Writer (runWriter)
import Control.Monad.State (runState)
import qualified Control.Monad.RWS.Strict as RS

stateful :: (MonadState Int m, MonadReader Int m) => m (Int, Int)
stateful = do
  s <- get
  r <- ask
  x <- state (\n -> (n * 2, n + r))
  y <- reader (* 10)
  return (s + x, y)
{-# NOINLINE stateful #-}

logged :: MonadWriter [String] m => m Int -> m (Int, Int)
logged m = censor (map reverse) (listens length (tell ["abc", "de"] >> m))
{-# NOINLINE logged #-}

failing :: MonadError String m => Int -> m Int
failing n = if n > 2 then throwError ("too big: " ++ show n) else return n
{-# NOINLINE failing #-}

items :: (Alternative m, MonadReader Int m) => m [Int]
items = many (empty :: Alternative f => f Int) >>= \xs -> fmap (xs ++) (some (asks (* 3) >>= \x -> if x > 100 then pure x else empty) <|> asks (\r -> [r, 0]))
{-# NOINLINE items #-}

main :: IO ()
main = do
  print (runRWS stateful 3 5 :: ((Int, Int), Int, String), RS.runRWS stateful 4 6 :: ((Int, Int), Int, [()]))
  print (runRWS (logged (return 7)) () (), RS.runRWS (logged (tell ["xyz"] >> return 8)) () ())
  print (runWriter (logged (return 9)))
  print (runExcept (failing 1), runExcept (failing 5))
  r <- runExceptT (failing 3 `catchError` (\e -> liftIO (putStrLn e) >> return 0))
  print r
  print (runReaderT items 2 :: Maybe [Int])
  print (runState (gets' (+ 1) >>= \a -> modify'' (* a) >> get) 3)
  print (RS.runRWS (gets' show >>= \a -> modify'' (+ length a) >> RS.get) () 41 :: (Int, Int, ()))

gets' :: MonadState Int m => (Int -> a) -> m a
gets' = gets
{-# NOINLINE gets' #-}

modify'' :: MonadState Int m => (Int -> Int) -> m ()
modify'' = modify'
{-# NOINLINE modify'' #-}
