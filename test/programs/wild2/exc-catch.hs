{-# LANGUAGE ScopedTypeVariables #-}
-- The exceptions package (Control.Monad.Catch) as applications use it:
-- throwM/catch/try/bracket through transformer stacks (StateT, ReaderT,
-- WriterT, ExceptT, MaybeT, RWST), catches with Handlers, generalBracket's
-- ExitCase, and the pure instances (Maybe, [], Either SomeException).
module Main (main) where

import Control.Monad.Catch
import Control.Monad.State
import Control.Monad.Reader
import Control.Monad.Writer
import Control.Monad.Except
import Control.Monad.Trans.Maybe
import Control.Monad.RWS
import qualified Control.Monad.State.Lazy as L
import qualified Control.Exception as E

data Oops = Oops Int deriving Show
instance Exception Oops

data Other = Other String deriving Show
instance Exception Other

act :: StateT Int IO ()
act = do
  modify (+ 1)
  r <- try (throwM (Oops 3) >> return ())
  case r of
    Left (Oops n) -> modify (+ n)
    Right () -> return ()
  (modify (* 10) >> throwM (Oops 9)) `catch` \(Oops k) -> lift (putStrLn ("caught " ++ show k))
  _ <- bracket (lift (putStrLn "acquire") >> return 5) (\_ -> lift (putStrLn "release")) (\x -> modify (+ x))
  return ()

safeDiv :: MonadThrow m => Int -> Int -> m Int
safeDiv _ 0 = throwM E.DivideByZero
safeDiv a b = return (a `div` b)

readerAct :: ReaderT String IO String
readerAct = do
  env <- ask
  r <- (local (++ "!") (ask >>= \e -> throwM (Other e))) `catch` \(Other s) -> return ("recovered " ++ s)
  return (env ++ " / " ++ r)

writerAct :: WriterT [String] IO Int
writerAct = do
  tell ["start"]
  v <- (tell ["inside"] >> throwM (Oops 1)) `catch` \(Oops n) -> tell ["handler"] >> return n
  _ <- finally (tell ["body"]) (tell ["finalizer"])
  return v

handlers :: Int -> IO String
handlers k = action `catches` [Handler (\(Oops n) -> return ("oops " ++ show n)), Handler (\(e :: E.ArithException) -> return ("arith " ++ show e)), Handler (\(Other s) -> return ("other " ++ s))]
  where action = case k of
          0 -> throwM (Oops 0)
          1 -> E.evaluate (1 `div` (0 :: Int)) >> return "no"
          2 -> throwM (Other "two")
          _ -> return "fine"

main :: IO ()
main = do
  s <- execStateT act 0
  print s
  r <- try (throwM (Oops 1)) :: IO (Either Oops ())
  print r
  print (safeDiv 10 2 :: Maybe Int, safeDiv 1 0 :: Maybe Int, safeDiv 1 0 :: [Int])
  print (either (Left . show) Right (safeDiv 7 0 :: Either SomeException Int), either (Left . show) Right (safeDiv 7 7 :: Either SomeException Int))
  print (either (const "err") show (catch (safeDiv 1 0) (\(_ :: E.ArithException) -> return (-1)) :: Either SomeException Int))
  runReaderT readerAct "env" >>= putStrLn
  runWriterT writerAct >>= print
  mapM handlers [0 .. 3] >>= print
  (b, ec) <- generalBracket (return "res") (\res ec -> putStrLn ("release " ++ res ++ " with " ++ showEC ec) >> return (length res)) (\res -> return (res ++ "!"))
  print (b, ec)
  r2 <- try (generalBracket (return ()) (\_ ec -> putStrLn ("release after " ++ showEC ec)) (\_ -> throwM (Other "mid") :: IO ()))
  print (either (\(Other m) -> m) (const "none") r2)
  e1 <- runExceptT (bracket (return 1) (\_ -> lift (putStrLn "ExceptT release")) (\x -> throwError ("failed with " ++ show (x :: Int))) :: ExceptT String IO ())
  print e1
  m1 <- runMaybeT (bracket_ (lift (putStrLn "in")) (lift (putStrLn "out")) (MaybeT (return Nothing)) :: MaybeT IO ())
  print m1
  (a, st, w) <- runRWST (do { tell ["rws"]; modify (+ 1); (throwM (Oops 5) :: RWST Int [String] Int IO ()) `catch` (\(Oops n) -> modify (+ n)); asks (* 2) }) 21 0
  print (a, st, w)
  l <- L.execStateT ((L.modify (+ 1) >> throwM (Other "lazy")) `catchAll` (\e -> lift (putStrLn ("catchAll: " ++ show e)))) (0 :: Int)
  print l
  r3 <- tryJust (\(Oops n) -> if n > 2 then Just n else Nothing) (throwM (Oops 4) :: IO ())
  print r3
  r4 <- try (tryJust (\(Oops n) -> if n > 2 then Just n else Nothing) (throwM (Oops 1) :: IO ()))
  print (either (\(Oops n) -> "passed through " ++ show n) (const "caught") r4)
  handleIf (\(Oops n) -> even n) (\_ -> putStrLn "even handled") (throwM (Oops 2))
  catchJust (\(Other s) -> if s == "x" then Just () else Nothing) (throwM (Other "x")) (\() -> putStrLn "catchJust")
  (putStrLn "work" >> throwM (Oops 7)) `onException` putStrLn "onException" `catch` (\(Oops _) -> putStrLn "outer")
  (putStrLn "work2" `onError` putStrLn "not run") >> mask_ (putStrLn "masked")
  handleAll (\e -> putStrLn ("handleAll " ++ show e)) (void (E.evaluate (head ([] :: [Int]))))
  catchIOError (ioError (userError "io!")) (\e -> putStrLn ("catchIOError " ++ show e))
  print (fmap (const ()) (Handler (\(Oops _) -> return 'x') :: Handler IO Char) `seq` "handler fmap")
  uninterruptibleMask_ (putStrLn "uninterruptible")
  where showEC ec = case ec of
          ExitCaseSuccess _ -> "success"
          ExitCaseException e -> "exception " ++ show e
          ExitCaseAbort -> "abort"
