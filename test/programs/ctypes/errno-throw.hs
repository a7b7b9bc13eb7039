import Foreign.C.Error
import Foreign.C.Types

main :: IO ()
main = do
  resetErrno
  a <- throwErrnoIf (< 0) "neg" (return (5 :: Int))
  b <- throwErrnoIfMinus1 "m1" (return (7 :: CInt))
  throwErrnoIfMinus1_ "m1_" (return (0 :: CLong))
  c <- throwErrnoIfRetry (== 'x') "retry" (return 'a')
  throwErrnoIf_ even "even" (return (3 :: Int))
  d <- throwErrnoIfMinus1Retry "m1r" (return (-2 :: Int))
  throwErrnoIfMinus1Retry_ "m1r_" (return (1 :: CInt))
  e <- throwErrnoIfRetryMayBlock null "block" (return "ok") (putStrLn "blocked")
  f <- throwErrnoIfMinus1RetryMayBlock "m1b" (return (4 :: CInt)) (return ())
  throwErrnoIfRetryMayBlock_ (> 10) "b_" (return (2 :: Int)) (return ())
  throwErrnoIfMinus1RetryMayBlock_ "m1b_" (return (9 :: Int)) (return ())
  g <- throwErrnoPathIf (== 0) "path" "/tmp/none" (return (3 :: Int))
  throwErrnoPathIf_ (== 0) "path_" "/tmp/none" (return (3 :: Int))
  h <- throwErrnoPathIfMinus1 "pm1" "/x" (return (11 :: CInt))
  throwErrnoPathIfMinus1_ "pm1_" "/x" (return (12 :: CInt))
  throwErrnoIfRetry_ (const False) "r_" (putStrLn "ran once")
  print (a, b, c, d)
  print (e, f, g, h)
