{-# LANGUAGE FlexibleContexts #-}
import Control.Monad.RWS
import Control.Monad.State
import Control.Monad.Writer
import Control.Monad.Reader
import Control.Monad.Except
import Control.Monad.Cont
import Control.Monad.Identity
import qualified Control.Monad.State.Strict as SS
import qualified Control.Monad.Writer.Strict as SW
import Control.Monad.Trans.Maybe
import Control.Monad.Trans.Identity

-- generic over any MonadRWS
rwsProg :: (MonadRWS Int [String] Int m) => m Int
rwsProg = do
  r <- ask
  modify (+ r)
  s <- get
  tell ["s=" ++ show s]
  (x, w) <- listen (tell ["inner"] >> return (s * 2))
  tell [show (length w)]
  censor (map (map succ)) (tell ["abc"])
  local (* 3) (asks (+ x))

-- MonadWriter through StateT (strict and lazy)
wState :: (MonadWriter [Int] m, MonadState Int m) => m ()
wState = do
  n <- get
  tell [n]
  put (n + 1)
  ((), w) <- listen (tell [100])
  tell (map negate w)
  pass (return ((), reverse))

-- MonadCont through several layers
contStack :: (MonadCont m, MonadState Int m) => m String
contStack = callCC $ \exit -> do
  forM_ [1 .. 10] $ \i -> do
    modify (+ i)
    s <- get
    when (s > 20) (exit ("exited at " ++ show i))
  return "finished"

-- MonadError through Writer/Reader/State/MaybeT/IdentityT
errProg :: (MonadError String m, MonadWriter [String] m) => Int -> m Int
errProg n = do
  tell ["trying " ++ show n]
  when (n < 0) (throwError "negative")
  return (n * 2)

-- reader as a plain function
fnReader :: (MonadReader Int m) => m Int
fnReader = do
  a <- ask
  b <- local (+ 1) ask
  c <- reader (* 100)
  return (a + b + c)

main :: IO ()
main = do
  print (runRWS rwsProg 2 10)
  print (runIdentity (runRWST rwsProg 1 0))
  print (SS.runState (runRWST rwsProg 1 0) 'z')
  print (runIdentity (runExceptT (runRWST rwsProg 5 5)) :: Either String (Int, Int, [String]))
  print (runIdentity (runMaybeT (runRWST rwsProg 3 3)))
  print (runIdentity (runIdentityT (runRWST rwsProg 4 4)))
  print (runWriter (runStateT wState 7))
  print (SW.runWriter (SS.runStateT wState 7))
  print (runWriter (runReaderT (execStateT wState 1) 'r'))
  print (runWriter (runMaybeT (evalStateT wState 2)))
  print (runWriter (runExceptT (evalStateT wState 3)) :: (Either () (), [Int]))
  print (runCont (runStateT contStack 0) id)
  print (runCont (evalStateT contStack 15) id)
  print (runCont (runReaderT (runStateT contStack 0) ()) id)
  print (evalCont' (runExceptT (runStateT contStack 0)) :: Either () (String, Int))
  print (evalCont' (runMaybeT (runStateT contStack 0)))
  print (evalCont' (runWriterT (runStateT contStack 0)) :: ((String, Int), [()]))
  print (evalCont' (runRWST contStack () 0) :: (String, Int, [()]))
  print (runWriter (runExceptT (errProg 5)), runWriter (runExceptT (errProg (-1))))
  print (runExcept (runWriterT (errProg 3 `catchError` (\e -> return 0))))
  print (runExcept (runWriterT (errProg (-3) `catchError` (\e -> tell [e] >> return 0))))
  print (runExcept (runReaderT (runWriterT (errProg (-3))) ()))
  print (runExcept (runStateT (runWriterT (errProg (-2) `catchError` (\_ -> return 1))) 'q'))
  print (runExcept (runMaybeT (runWriterT (errProg 9))))
  print (runExcept (runIdentityT (runWriterT (errProg (-9)))))
  print (runExcept (runRWST (runWriterT (errProg (-9) `catchError` (\e -> return (length e)))) () ()) :: Either String ((Int, [String]), (), ()))
  print (fnReader 5)
  print (runReader fnReader 1, runIdentity (runReaderT fnReader 2))
  print (runState (runReaderT fnReader 3) ())
  print (runWriter (runReaderT fnReader 4) :: (Int, ()))
  print (runReader (runExceptT fnReader) 5 :: Either () Int)
  print (runReader (runMaybeT fnReader) 6)
  print (runReader (evalContT' fnReader) 7)
  print (tell "a" >> tell "b" >> return 3 :: (String, Int))
  print (listen (("x", 1) :: (String, Int)), pass (("y", (2, reverse . ('z' :))) :: (String, (Int, String -> String))))
  print (runIdentity (runStateT (modify' (* 2) >> gets show) 21))
  print (evalState (state (\s -> (s, s + 1)) >>= \a -> get >>= \b -> return (a, b)) 1)
  where
    evalCont' m = runCont m id
    evalContT' m = runContT m return
