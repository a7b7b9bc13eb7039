import Debug.Trace

main :: IO ()
main = do
  let a = trace "a evaluated" (1 :: Int)
      b = trace "b evaluated" (2 :: Int)
  print (b + a)
  print (traceShow (a, b) "done")
  traceStack "stack trace msg" (return ())
  putTraceMsg' "x"
  where putTraceMsg' s = traceIO ("msg " ++ s)
