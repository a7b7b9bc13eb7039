{-# LANGUAGE FlexibleContexts #-}
-- Monad-polymorphic code GHC cannot specialise (NOINLINE): at -O1 it calls
-- the transformers' instance methods and workers by name.
import Control.Applicative
import Control.Monad.Reader
import Control.Monad.Writer
import Control.Monad.Except
import Control.Monad.State
import Control.Monad.Trans.Maybe
import qualified Control.Monad.Writer.Strict as WS
import qualified Control.Monad.RWS.Strict as RS
import qualified Control.Monad.RWS.Lazy as RL
import Control.Monad.Cont
import Data.Functor.Identity (runIdentity)

rd :: Monad m => ReaderT Int m (Int, Int)
rd = liftA2 (,) ask (asks (* 2)) <* local (+ 1) ask
{-# NOINLINE rd #-}

wr :: Monad m => WriterT [Int] m Int
wr = (tell [1] *> tell [2]) *> liftA2 (+) (writer (3, [3])) (pure 4) <* tell [5]
{-# NOINLINE wr #-}

wrS :: Monad m => WS.WriterT [Int] m Int
wrS = (WS.tell [1] *> WS.tell [2]) *> liftA2 (+) (WS.writer (3, [3])) (pure 4) <* WS.tell [5]
{-# NOINLINE wrS #-}

ex :: Monad m => Int -> ExceptT String m Int
ex n = liftA2 (+) (pure n) (if n > 5 then throwError "big" else pure 1) <* pure ()
{-# NOINLINE ex #-}

mb :: Monad m => Int -> MaybeT m Int
mb n = liftA2 (*) (pure n) (if n > 5 then empty else pure 2) <|> pure 0
{-# NOINLINE mb #-}

rwsS :: Monad m => RS.RWST Int [String] Int m Int
rwsS = liftA2 (+) RS.ask RS.get <* RS.tell ["s"] <* RS.modify (+ 1)
{-# NOINLINE rwsS #-}

rwsL :: Monad m => RL.RWST Int [String] Int m Int
rwsL = liftA2 (+) RL.ask RL.get <* RL.tell ["l"] <* RL.modify (+ 1)
{-# NOINLINE rwsL #-}

ct :: Monad m => ContT r m Int
ct = liftA2 (+) (pure 1) (callCC (\k -> k 2 >> pure 3)) <* pure ()
{-# NOINLINE ct #-}

stAlt :: MonadPlus m => StateT Int m Int
stAlt = (get >>= \s -> if s > 2 then empty else pure s) <|> pure 99
{-# NOINLINE stAlt #-}

classy :: (MonadReader Int m, MonadWriter [String] m, MonadState Int m) => m Int
classy = do
  r <- asks (+ 1)
  tell ["r=" ++ show r]
  modify' (+ r)
  s <- gets (* 10)
  (_, w) <- listen (tell ["inner"])
  censor (map reverse) (tell w)
  return s
{-# NOINLINE classy #-}

main :: IO ()
main = do
  print (runReader rd 10)
  print (runWriter wr, WS.runWriter wrS)
  print (runExcept (ex 3), runExcept (ex 9))
  r <- runExceptT (ex 4)
  print r
  print (runIdentity (runMaybeT (mb 3)), runIdentity (runMaybeT (mb 9)))
  print (RS.runRWS rwsS 1 2, RL.runRWS rwsL 3 4)
  print (runCont ct id, evalCont' ct)
  print (runStateT stAlt 1 :: [(Int, Int)], runStateT stAlt 5 :: Maybe (Int, Int))
  print (RS.runRWS classy 1 2, RL.runRWS classy 3 4)
  print (runWriter (runStateT (runReaderT classy 5) 6))
  where evalCont' m = runCont m (+ 100)
