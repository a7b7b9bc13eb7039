import Control.Monad

main :: IO ()
main = do
  forM_ [1, 2, 3 :: Int] print
  xs <- forM [1, 2, 3 :: Int] (\x -> return (x * 2))
  print xs
  mapM_ print "ab"
  r <- foldM (\acc x -> do { print (acc, x); return (acc + x) }) 0 [1, 2, 3 :: Int]
  print r
  foldM_ (\acc x -> print acc >> return (acc * x)) 1 [2, 3, 4 :: Int]
  zs <- zipWithM (\a b -> return (a + b)) [1, 2, 3] [10, 20 :: Int]
  print zs
  zipWithM_ (\a b -> putStrLn (a ++ b)) ["x", "y"] ["1", "2", "3"]
  rs <- replicateM 2 (return 'k')
  print rs
  print (replicateM 2 "ab")
  print (replicateM 0 [1 :: Int])
  replicateM_ 3 (putStr "hi ")
  putStrLn ""
  when True (putStrLn "when True")
  when False (putStrLn "when False")
  unless False (putStrLn "unless False")
  unless True (putStrLn "unless True")
  print (filterM (const [True, False]) [1, 2, 3 :: Int])
  print (filterM (\x -> if x > 0 then Just (even x) else Nothing) [2, 3, 4 :: Int])
  print (filterM (\x -> if x > 0 then Just (even x) else Nothing) [2, -3, 4 :: Int])
  print (mapAndUnzipM (\x -> Just (x, x * x)) [1, 2, 3 :: Int])
  print (msum [Nothing, Just 1, Just (2 :: Int)], msum [[1], [2, 3 :: Int]])
  print (mplus Nothing (Just 'a'), mzero :: Maybe Int, mplus [1] [2 :: Int])
  print (do { x <- [1 .. 10 :: Int]; guard (x `mod` 3 == 0); return x })
  print (guard False :: Maybe ())
  print (join [[1], [2, 3 :: Int]], join (Just (Just 'j')))
  print (liftM (+1) (Just 1), liftM2 (+) (Just 1) (Just (2 :: Int)))
  print (liftM3 (,,) (Just 1) (Just 'a') (Just "s"))
  print (liftM4 (\a b c d -> a + b + c + d) [1] [2] [3] [4, 5 :: Int])
  print (liftM5 (\a b c d e -> [a, b, c, d, e]) (Just 'h') (Just 'e') (Just 'l') (Just 'l') (Just 'o'))
  print (return (+3) `ap` Just (4 :: Int), [(+1), (*2)] `ap` [10, 20 :: Int])
  let safeDiv x y = if y == 0 then Nothing else Just (x `div` y)
      f = safeDiv 100 >=> safeDiv 1000
      g = safeDiv 1000 <=< safeDiv 100
  print (f 5, f 0, f 200, g 5 :: Maybe Int)
  print ((+1) <$!> Just (1 :: Int), (*2) <$!> [1, 2, 3 :: Int])
  print (mfilter even (Just (4 :: Int)), mfilter even (Just (3 :: Int)), mfilter odd [1 .. 6 :: Int])
  print (forever Nothing :: Maybe ())
  print (void (Just 3), (Just 5 >> Just 6), (Just 5 <* Just 6))
  print (sequence [Just 1, Just (2 :: Int)], sequence_ [Just 1, Nothing :: Maybe Int])
  print (mapM (\x -> [x, -x]) [1, 2 :: Int])
  print ((\x -> [x, x]) =<< "ab")
  print (foldM (\a x -> if x < 0 then Nothing else Just (a + x)) 0 [1, 2, -1, 3 :: Int])
