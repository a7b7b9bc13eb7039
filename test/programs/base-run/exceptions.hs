-- Exceptions as programs handle them: throw/throwIO/catch/handle/try/
-- evaluate, bracket/finally/onException ordering, catches with several
-- handlers, the arithmetic/array/pattern/error exceptions GHC raises and
-- their Show/displayException, fromException/toException, custom types.
import Control.Exception
import Control.Monad
import Data.IORef
import Data.Maybe (isJust)
import System.IO.Error

data Oops = Oops Int | Ouch String deriving Show
instance Exception Oops

{-# NOINLINE probe #-}
probe :: String -> IO () -> IO ()
probe name act = do
  r <- try act
  case r of
    Left e -> putStrLn (name ++ ": caught " ++ takeWhile (/= '\n') (displayException (e :: SomeException)))
    Right () -> putStrLn (name ++ ": no exception")

{-# NOINLINE kinds #-}
kinds :: SomeException -> String
kinds e = unwords [n | (n, True) <- [("arith", isJust (fromException e :: Maybe ArithException)), ("array", isJust (fromException e :: Maybe ArrayException)), ("error", isJust (fromException e :: Maybe ErrorCall)), ("pattern", isJust (fromException e :: Maybe PatternMatchFail)), ("io", isJust (fromException e :: Maybe IOException)), ("oops", isJust (fromException e :: Maybe Oops)), ("assert", isJust (fromException e :: Maybe AssertionFailed)), ("exit", isJust (fromException e :: Maybe AsyncException))]]

partial :: Maybe Int -> Int
partial (Just x) = x

main :: IO ()
main = do
  probe "div by zero" (void (evaluate (1 `div` (0 :: Int))))
  probe "mod by zero" (void (evaluate (1 `mod` (0 :: Integer))))
  probe "quot overflow" (void (evaluate (minBound `quot` (-1 :: Int))))
  probe "error" (void (evaluate (error "boom" :: Int)))
  probe "errorWithoutStackTrace" (void (evaluate (errorWithoutStackTrace "quiet" :: Int)))
  probe "undefined" (void (evaluate (undefined :: ())))
  probe "head []" (void (evaluate (head ([] :: [Int]))))
  probe "pattern" (void (evaluate (partial Nothing)))
  probe "throw Oops" (throwIO (Oops 3))
  probe "throw pure" (void (evaluate (throw (Ouch "pure") :: Int)))
  probe "ioError" (ioError (userError "custom io"))
  probe "assert-like" (throwIO (AssertionFailed "my assertion"))
  probe "array" (throwIO (IndexOutOfBounds "at 5"))
  probe "array2" (throwIO (UndefinedElement "hole"))
  probe "overflow" (throwIO Overflow)
  probe "underflow" (throwIO Underflow)
  probe "denormal" (throwIO Denormal)
  probe "loss" (throwIO LossOfPrecision)
  probe "ratio zero" (throwIO RatioZeroDenominator)
  probe "stack" (throwIO StackOverflow)
  probe "heap" (throwIO HeapOverflow)
  probe "timeout-like" (throwIO ThreadKilled)
  probe "user interrupt" (throwIO UserInterrupt)
  probe "nonterm" (throwIO NonTermination)
  probe "nested" (throwIO NestedAtomically)
  probe "blocked mvar" (throwIO BlockedIndefinitelyOnMVar)
  probe "blocked stm" (throwIO BlockedIndefinitelyOnSTM)
  probe "deadlock" (throwIO Deadlock)
  probe "no method" (throwIO (NoMethodError "cls.meth"))
  probe "rec con" (throwIO (RecConError "field"))
  probe "rec sel" (throwIO (RecSelError "sel"))
  probe "rec upd" (throwIO (RecUpdError "upd"))
  probe "type error" (throwIO (TypeError "deferred"))
  probe "allocation" (throwIO AllocationLimitExceeded)
  probe "async" (throwIO (toException (ErrorCall "wrapped") `seq` SomeAsyncException ThreadKilled))
  print (map show [Overflow, Underflow, LossOfPrecision, DivideByZero, Denormal, RatioZeroDenominator])
  print (show (IndexOutOfBounds ""), show (UndefinedElement ""), show (ErrorCallWithLocation "msg" "loc"), show StackOverflow, show (Oops 1), showsPrec 11 (Oops 2) "")
  print (Overflow == Overflow, Overflow < DivideByZero, compare Denormal LossOfPrecision, ErrorCall "a" == ErrorCall "a", ThreadKilled == UserInterrupt, compare StackOverflow HeapOverflow)
  -- bracket ordering
  log' <- newIORef []
  let note s = modifyIORef log' (s :)
  r <- try (bracket (note "acquire" >> return 5) (\_ -> note "release") (\x -> note ("use " ++ show x) >> throwIO (Oops x) >> return ()))
  readIORef log' >>= print . reverse
  print (either (\e -> show (e :: Oops)) (const "none") r)
  writeIORef log' []
  r2 <- bracket_ (note "in") (note "out") (note "body" >> return "done")
  (`finally` note "finally") (note "action")
  _ <- try ((note "before" >> throwIO Overflow) `onException` note "onException") :: IO (Either ArithException ())
  readIORef log' >>= print . reverse
  print r2
  -- handlers
  let handlers = [Handler (\e -> return ("arith " ++ show (e :: ArithException))), Handler (\(ErrorCall m) -> return ("error " ++ m)), Handler (\e -> return ("oops " ++ show (e :: Oops)))]
  mapM_ (\act -> catches act handlers >>= putStrLn) [evaluate (1 `div` (0 :: Int)) >> return "x", error "handled" >> return "x", throwIO (Ouch "o") >> return "x", return "fine"]
  s <- handle (\e -> return (kinds e)) (void (evaluate (1 `mod` (0 :: Int))) >> return "")
  s2 <- handle (return . kinds) (throwIO (Oops 9) >> return "")
  s3 <- handle (return . kinds) (ioError (userError "u") >> return "")
  s4 <- handle (return . kinds) (void (evaluate (partial Nothing)) >> return "")
  print (s, s2, s3, s4)
  r3 <- tryJust (\e -> if e == DivideByZero then Just "dz" else Nothing) (evaluate (5 `div` (0 :: Int)))
  print r3
  r4 <- catchJust (\e -> if isUserError e then Just (ioeGetErrorString e) else Nothing) (ioError (userError "cj") >> return "no") return
  print r4
  let ioe = mkIOError doesNotExistErrorType "opening" Nothing (Just "/no/such")
  print (ioe, isDoesNotExistError ioe, isAlreadyInUseError ioe, ioeGetFileName ioe, ioeGetLocation ioe)
  print (annotateIOError ioe "annotated" Nothing (Just "other"), ioeSetErrorString ioe "new string", isFullError (mkIOError fullErrorType "" Nothing Nothing))
  print (map (\t -> show (mkIOError t "loc" Nothing Nothing)) [alreadyExistsErrorType, doesNotExistErrorType, alreadyInUseErrorType, fullErrorType, eofErrorType, illegalOperationErrorType, permissionErrorType, userErrorType])
  r5 <- try (evaluate (length [1 .. (10 :: Int)] `seq` throw (ErrorCall "late")))
  print (either (\(ErrorCall m) -> m) show (r5 :: Either ErrorCall Int))
  n <- uninterruptibleMask_ (return 3) >>= \x -> mask (\restore -> restore (return (x + 1)))
  st <- getMaskingState
  st2 <- mask_ getMaskingState
  print (n, st, st2, interruptible (return 'i') `seq` ())
  r6 <- try (assert False (return ())) :: IO (Either AssertionFailed ())
  putStrLn (either (const "assert fired") (const "assert ignored") r6)
  throwIO (Ouch "uncaught at the end") `catch` \e -> putStrLn ("last: " ++ show (e :: SomeException))
