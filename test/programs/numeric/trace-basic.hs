import Debug.Trace

fact :: Int -> Int
fact n = trace ("fact " ++ show n) (if n <= 1 then 1 else n * fact (n - 1))

main :: IO ()
main = do
  print (fact 4)
  let x = traceShow (1 :: Int, "two") (3 :: Int)
  print x
  print (traceShowId (Just 'q'))
  print (traceId "ident")
  traceM "traceM line"
  traceShowM [1, 2, 3 :: Int]
  traceIO "traceIO line"
  putStrLn "between"
  let ys = map (\i -> trace ("elem " ++ show i) (i * 2)) [1, 2, 3 :: Int]
  print (sum ys)
  print (traceEvent "ev" (5 :: Int))
  traceEventIO "evio"
  traceMarkerIO "marker"
  print (traceMarker "mk" 'm')
  r <- traceShow "inside IO" (return (10 :: Int))
  print r
  putStrLn (trace "multi\nline" "after multi")
