{-# LANGUAGE FlexibleContexts #-}
{-# OPTIONS_GHC -fno-specialise #-}
-- mtl-ledger's operations kept out of line (NOINLINE, and no specialisation):
-- each call passes the stack's class dictionaries, so -O1 code names the
-- instances themselves.
-- One small bank ledger run in many monad stacks: the operations are
-- written once against mtl's classes (MonadState, MonadReader,
-- MonadWriter, MonadError, MonadCont) and exceptions' MonadThrow/Catch/Mask,
-- and called at each concrete stack, where -O1 code picks each stack's
-- instance (lifting through IdentityT, MaybeT, ExceptT, ErrorT, ListT,
-- ReaderT, WriterT, StateT, RWST and ContT).
import Control.Monad.State
import Control.Monad.Reader
import Control.Monad.Writer
import Control.Monad.Except
import Control.Monad.Cont
import Control.Monad.Trans.Cont (evalContT)
import Control.Monad.RWS
import qualified Control.Monad.State.Strict as SS
import qualified Control.Monad.Writer.Strict as WS
import qualified Control.Monad.RWS.Strict as RS
import Control.Monad.Trans.Identity
import Control.Monad.Trans.Maybe
import Control.Monad.Trans.Error (ErrorT (..))
import Control.Monad.Trans.List (ListT (..))
import qualified Control.Monad.Catch as C
import Control.Exception (ArithException (..), ErrorCall (..), SomeException)

{-# NOINLINE deposit #-}
deposit :: MonadState Int m => Int -> m Int
deposit n = do
  modify (+ n)
  s <- get
  put (s * 1)
  state (\t -> (t, t))

{-# NOINLINE audit #-}
audit :: (MonadState Int m, MonadWriter [String] m) => String -> m ()
audit what = do
  b <- gets show
  tell [what ++ "=" ++ b]

{-# NOINLINE withRate #-}
withRate :: (MonadReader Int m, MonadState Int m) => m Int
withRate = do
  r <- ask
  r2 <- asks (* 2)
  r3 <- local (+ 1) (reader (+ 10))
  modify (\b -> b + b * r `div` 100)
  gets (+ (r2 + r3 - r2 - r3))

{-# NOINLINE guarded #-}
guarded :: (MonadError String m, MonadState Int m) => Int -> m Int
guarded n = do
  b <- get
  when (n > b) (throwError ("overdraft " ++ show n))
  put (b - n)
  return (b - n)

{-# NOINLINE recovering #-}
recovering :: (MonadError String m, MonadState Int m) => Int -> m String
recovering n = (show <$> guarded n) `catchError` (\e -> return ("caught " ++ e))

{-# NOINLINE earlyExit #-}
earlyExit :: (MonadCont m, MonadState Int m) => m Int
earlyExit = callCC (\k -> do { b <- get; when (b > 5) (k 99); put 0; return b })

{-# NOINLINE listening #-}
listening :: (MonadWriter [String] m) => m (Int, [String])
listening = do
  (a, w) <- listen (tell ["x"] >> return (length "abc"))
  pass (return ((), map reverse))
  r <- censor (map ('!' :)) (tell ["y"] >> return a)
  writer ((), ["z"])
  return (r, w)

{-# NOINLINE safeDiv #-}
safeDiv :: C.MonadThrow m => Int -> Int -> m Int
safeDiv _ 0 = C.throwM DivideByZero
safeDiv a b = return (a `div` b)

{-# NOINLINE tryDiv #-}
tryDiv :: C.MonadCatch m => Int -> Int -> m String
tryDiv a b = (show <$> safeDiv a b) `C.catch` (\e -> return ("caught " ++ show (e :: ArithException)))

{-# NOINLINE masked #-}
masked :: C.MonadMask m => m Int -> m Int
masked act = C.mask (\restore -> restore act) >>= \x -> C.uninterruptibleMask_ (return (x + 1))

{-# NOINLINE bracketed #-}
bracketed :: C.MonadMask m => m [String]
bracketed = do
  (r, _) <- C.generalBracket (return "res") (\_ ec -> return (case ec of { C.ExitCaseSuccess s -> s; C.ExitCaseException e -> show e; C.ExitCaseAbort -> "abort" })) (\r -> return (r ++ "-done"))
  f <- C.finally (return "fin") (return ())
  b <- C.bracket (return 3) (\_ -> return ()) (\x -> return (show (x * 2 :: Int)))
  o <- C.onException (return "ok") (return ())
  return [r, f, b, o]

-- the RWS runners at a writer of strings
runL :: RWS r [String] s a -> r -> s -> (a, s, [String])
runL = runRWS

runS :: RS.RWS r [String] s a -> r -> s -> (a, s, [String])
runS = RS.runRWS

runLT :: RWST r [String] s m a -> r -> s -> m (a, s, [String])
runLT = runRWST

runST :: RS.RWST r [String] s m a -> r -> s -> m (a, s, [String])
runST = RS.runRWST

main :: IO ()
main = do
  -- state through each transformer
  print (runState (runIdentityT (deposit 5)) 10, runState (runMaybeT (deposit 6)) 10, runState (runExceptT (deposit 7) :: State Int (Either () Int)) 10)
  print (runState (runErrorT (deposit 8) :: State Int (Either String Int)) 10, runState (runListT (deposit 9)) 10, runState (runReaderT (deposit 1) ()) 10)
  print (runState (runWriterT (deposit 2) :: State Int (Int, [()])) 10, SS.runState (WS.runWriterT (deposit 3) :: SS.State Int (Int, [()])) 10, runState (evalContT (deposit 4)) 10)
  print (runL (deposit 5) () 10, runS (deposit 6) () 10, SS.runState (deposit 7) 1, execState (mapM_ deposit [1 .. 10]) 0)
  -- writer and state together
  print (runWriter (execStateT (audit "a" >> deposit 3 >> audit "b") 1), runL (audit "c" >> deposit 1 >> audit "d") () 5)
  print (runState (runWriterT (audit "e")) 2, runWriter (runStateT (runIdentityT (audit "f")) 3), runWriter (runStateT (runMaybeT (audit "g")) 4))
  print (runWriter (runStateT (runExceptT ((audit "h") :: ExceptT () (StateT Int (Writer [String])) ())) 5), runWriter (runReaderT (runStateT (audit "i") 6) 'r'), runS (audit "j") () 7)
  -- reader and state
  print (runReader (runStateT withRate 100) 5, runL withRate 10 200, runS withRate 20 50, runState (runReaderT withRate 3) 1000)
  print (runReader (evalStateT (runIdentityT withRate) 10) 7, runReader (evalStateT (runMaybeT withRate) 10) 7, runReader (runStateT (runExceptT (withRate :: ExceptT () (StateT Int (Reader Int)) Int)) 10) 7)
  print (runReader (runStateT (runListT withRate) 10) 1, runReader (runStateT (runWriterT (withRate :: WriterT [()] (StateT Int (Reader Int)) Int)) 10) 1, runReader (runStateT (runErrorT (withRate :: ErrorT String (StateT Int (Reader Int)) Int)) 10) 1)
  print (runState (runReaderT (runWriterT (withRate :: WriterT [()] (ReaderT Int (State Int)) Int)) 4) 100, runState (runReaderT (evalContT withRate) 50) 10)
  -- errors, caught and not
  print (runExcept (runStateT (guarded 5) 10), runExcept (runStateT (guarded 50) 10), runStateT (guarded 3) 2 :: Either String (Int, Int))
  print (runState (runExceptT (recovering 5)) 3, runState (runExceptT (recovering 1)) 3, runExcept (evalStateT (recovering 9) 1), runStateT (recovering 9) 1 :: Either String (String, Int))
  print (runExcept (runStateT (runIdentityT (recovering 4)) 2), runExcept (runStateT (runMaybeT (recovering 4)) 2), runExcept (runStateT (runReaderT (recovering 4) ()) 2))
  print (runExcept (runStateT (runWriterT ((recovering 4) :: WriterT [()] (StateT Int (Except String)) String)) 2), runExcept (runLT (recovering 4) () 9), runExcept (runST (recovering 40) () 9))
  print (runExcept (runStateT (runListT (recovering 1)) 2), runState (runErrorT (recovering 7) :: State Int (Either String String)) 1)
  print (either show show (Left "l" `catchError` (\e -> Right (e ++ "!")) :: Either String String), runExcept (throwError "t" `catchError` (\e -> return (length e)) :: Except String Int))
  print (runExcept (liftEither (Left "le") :: Except String ()), runExcept (withExceptT length (throwError "four" :: Except String ())), (Nothing `catchError` (\() -> Just 'r')), runExcept (mapExceptT id (return 'm' :: Except () Char)))
  r <- (ioError (userError "boom") `catchError` (\e -> return (show e)))
  putStrLn r
  -- continuations
  print (runState (evalContT earlyExit) 10, runState (evalContT earlyExit) 3, runCont (runStateT earlyExit 8) id, runCont (runStateT earlyExit 2) id)
  print (runCont (runReaderT (runStateT earlyExit 9) ()) id, runCont (runWriterT (runStateT earlyExit 9)) (\(x, w) -> (x, w :: [()])), runCont (runLT earlyExit () 1) id)
  print (runCont (runExceptT (runStateT earlyExit 7) :: Cont r (Either () (Int, Int))) show, runCont (runStateT (runMaybeT earlyExit) 6) show, runCont (runStateT (runIdentityT earlyExit) 1) show)
  print (runCont (SS.runStateT earlyExit 11) show, runCont (runST earlyExit () 12) show, runCont (runStateT (runListT earlyExit) 20) show)
  -- listening and passing through stacks
  print (runWriter listening, WS.runWriter listening, runL listening () (), runS listening () ())
  print (runWriter (runStateT listening 'x'), runWriter (runReaderT listening 'y'), runWriter (runMaybeT listening), runWriter (runIdentityT listening), runWriter (runExceptT listening :: Writer [String] (Either () (Int, [String]))))
  print (runWriter (SS.runStateT listening 'z'), runWriter (runErrorT listening :: Writer [String] (Either String (Int, [String]))))
  -- exceptions' classes over each stack
  r1 <- tryDiv 7 2
  r2 <- tryDiv 7 0
  r3 <- evalStateT (tryDiv 9 0) ()
  r4 <- runReaderT (tryDiv 9 3) ()
  r5 <- runWriterT (tryDiv 1 0) :: IO (String, [()])
  r6 <- runMaybeT (tryDiv 8 0)
  r7 <- runExceptT (tryDiv 8 4) :: IO (Either () String)
  r8 <- runIdentityT (tryDiv 6 0)
  r9 <- runLT (tryDiv 5 0) () ()
  r10 <- runST (tryDiv 5 5) () ()
  r11 <- SS.evalStateT (tryDiv 4 0) ()
  r12 <- WS.runWriterT (tryDiv 4 1) :: IO (String, [()])
  print (r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12)
  print (tryDiv 3 0 :: Either SomeException String, either (const "left") id (tryDiv 3 1 :: Either SomeException String), safeDiv 1 0 :: Maybe Int, safeDiv 4 2 :: [Int])
  m1 <- masked (return 1)
  m2 <- evalStateT (masked (gets length)) "abc"
  m3 <- runReaderT (masked ask) 10
  m4 <- runWriterT (masked (return 4)) :: IO (Int, [()])
  m5 <- runExceptT (masked (return 5)) :: IO (Either () Int)
  m6 <- runMaybeT (masked (return 6))
  m7 <- runIdentityT (masked (return 7))
  m8 <- runLT (masked (return 8)) () ()
  m9 <- SS.runStateT (masked (return 9)) ()
  print (m1, m2, m3, m4, m5, m6, m7, m8, m9)
  b1 <- bracketed
  b2 <- evalStateT bracketed ()
  b3 <- runReaderT bracketed ()
  b4 <- runWriterT bracketed :: IO ([String], [()])
  b5 <- runExceptT bracketed :: IO (Either () [String])
  b6 <- runMaybeT bracketed
  b7 <- runIdentityT bracketed
  b8 <- runLT bracketed () ()
  b9 <- runST bracketed () ()
  print (b1, b2, b3, b4, b5, b6, b7, b8, b9)
  print (bracketed :: Either SomeException [String])
  e1 <- C.try (C.throwM (ErrorCall "ec") :: IO ()) :: IO (Either ErrorCall ())
  e2 <- C.handle (\e -> return (show (e :: ErrorCall))) (C.throwM (ErrorCall "handled"))
  e3 <- C.catchIf (\e -> e == DivideByZero) (C.throwM DivideByZero) (\e -> return (show e))
  e4 <- C.catchJust (\e -> if e == Overflow then Just () else Nothing) (C.throwM Overflow) (\() -> return "just")
  e5 <- C.tryJust (\e -> if e == Underflow then Just "under" else Nothing) (C.throwM Underflow :: IO ())
  e6 <- C.catches (C.throwM (ErrorCall "many")) [C.Handler (\e -> return (show (e :: ArithException))), C.Handler (\e -> return (show (e :: ErrorCall)))]
  print (e1, e2, e3, e4, e5, e6)
  s1 <- evalStateT (C.catchAll (lift (ioError (userError "u")) >> return "no") (\e -> gets (++ show e))) "s:"
  s2 <- runReaderT (C.handleAll (\_ -> asks length) (C.throwM LossOfPrecision)) "rr"
  print (s1, s2)
