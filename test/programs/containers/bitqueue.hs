-- Utils.Containers.Internal.BitQueue (exposed by containers): queues of 0..127
-- bits, their two-word layout as Show gives it, buildQ, unconsQ, toListQ.
import Utils.Containers.Internal.BitQueue
main :: IO ()
main = do
  let bits n = take n (cycle [True, False, False, True, True])
      qb n = foldl snocQB emptyQB (bits n)
  mapM_ (\n -> do
          print (qb n)
          let q = buildQ (qb n)
          print q
          print (toListQ q == bits n, toListQ q)
          case unconsQ q of
            Nothing -> putStrLn "empty"
            Just (b, q') -> print (b, q', fmap fst (unconsQ q'))) [0, 1, 2, 5, 63, 64, 65, 100, 127]
  print (Just emptyQB, [buildQ emptyQB])
  putStrLn (showsPrec 11 emptyQB "" ++ " | " ++ showsPrec 11 (buildQ emptyQB) "")
