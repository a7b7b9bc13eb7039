-- throw, throwIO, catch, handle, try, tryJust, catchJust, handleJust,
-- evaluate and mapException with base's exception types.
import Control.Exception
import Control.Monad (guard)

arith :: ArithException -> Maybe String
arith DivideByZero = Just "div0"
arith _ = Nothing

safeDiv :: Int -> Int -> IO (Either ArithException Int)
safeDiv a b = try (evaluate (a `div` b))

newtype Wrapped = Wrapped String deriving Show
instance Exception Wrapped

main :: IO ()
main = do
  safeDiv 10 2 >>= print
  safeDiv 1 0 >>= print
  r1 <- try (evaluate (minBound `div` (-1 :: Int)))
  print (r1 :: Either ArithException Int)
  r2 <- try (throwIO Underflow) :: IO (Either ArithException ())
  print r2
  r3 <- try (evaluate (length [1, 2, undefined :: Int]))
  print (r3 :: Either ErrorCall Int)
  r4 <- try (evaluate (head ([] :: [Int])))
  case r4 of
    Left (ErrorCall m) -> putStrLn ("head: " ++ m)
    Right v -> print v
  catch (evaluate (1 `mod` (0 :: Int)) >>= print) (\e -> putStrLn ("caught " ++ show (e :: ArithException)))
  handle (\e -> putStrLn ("handled " ++ show (e :: ErrorCall))) (error "an error call")
  handle (\(SomeException e) -> putStrLn ("some: " ++ displayException e)) (throwIO LossOfPrecision)
  -- a handler of the wrong type lets the exception through
  r5 <- try (catch (throwIO (ErrorCall "inner")) (\e -> putStrLn ("arith? " ++ show (e :: ArithException))))
  print (r5 :: Either ErrorCall ())
  -- tryJust / catchJust / handleJust
  t1 <- tryJust arith (evaluate (5 `quot` (0 :: Int)))
  print t1
  t2 <- try (tryJust arith (throwIO Overflow))
  print (t2 :: Either ArithException (Either String ()))
  catchJust (\e -> if e == Denormal then Just () else Nothing) (throwIO Denormal) (\() -> putStrLn "denormal caught")
  handleJust (\(ErrorCall m) -> guard (m == "x") >> Just m) (\m -> putStrLn ("got " ++ m)) (throwIO (ErrorCall "x"))
  t3 <- try (handleJust (\(ErrorCall m) -> guard (m == "x") >> Just m) (\m -> putStrLn ("got " ++ m)) (throwIO (ErrorCall "y")))
  print (t3 :: Either ErrorCall ())
  -- throw in pure code, caught only when evaluated
  let bad = throw (Wrapped "pure") :: Int
  r6 <- try (return (bad `seq` ()))
  case r6 of
    Left (Wrapped s) -> putStrLn ("early " ++ s)
    Right _ -> putStrLn "lazy: not yet"
  r7 <- try (evaluate bad)
  print (either (\(Wrapped s) -> s) show r7)
  -- mapException
  r8 <- try (evaluate (mapException (\e -> Wrapped (show (e :: ArithException))) (1 `div` (0 :: Int))))
  print (either (\(Wrapped s) -> "mapped " ++ s) show r8)
  -- evaluate only to WHNF
  r9 <- try (evaluate [undefined, 2 :: Int])
  putStrLn (either (\e -> "err " ++ show (e :: ErrorCall)) (show . length) r9)
  -- SomeException catches everything
  r10 <- try (throwIO (Wrapped "any")) :: IO (Either SomeException ())
  putStrLn (either (\e -> "some " ++ show e) (const "none") r10)
  -- fromException at several types
  let se = toException (Wrapped "w")
  print (fmap show (fromException se :: Maybe Wrapped), fmap show (fromException se :: Maybe ErrorCall))
  print (fmap show (fromException (toException Overflow) :: Maybe ArithException))
  print (fmap show (fromException se :: Maybe SomeException))
