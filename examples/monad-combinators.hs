-- Control.Monad helpers on IO: mapM_, forM_, when, unless, replicateM_, foldM, zipWithM_.
import Control.Monad

main :: IO ()
main = do
  mapM_ print [1, 2, 3 :: Int]
  forM_ (zip [1 :: Int ..] "xyz") $ \(i, c) -> putStrLn (show i ++ [c])
  forM_ [1 .. 10 :: Int] $ \i -> do
    when (i `mod` 3 == 0) $ putStrLn ("fizz " ++ show i)
    unless (i < 9) $ putStrLn ("big " ++ show i)
  replicateM_ 3 (putStr "hey ")
  putStrLn ""
  total <- foldM (\acc x -> do putStrLn ("add " ++ show x); return (acc + x)) 0 [5, 6, 7 :: Int]
  print total
  zipWithM_ (\a b -> putStrLn (a ++ "=" ++ show b)) ["x", "y"] [1, 2 :: Int]
  rs <- mapM (return . (* 2)) [1, 2, 3 :: Int]
  print rs
  sequence_ [putStr "a", putStr "b", putStrLn "c"]
  xs <- forM [1, 2 :: Int] (\x -> return (x, x * x))
  print xs
  print (replicateM 2 "ab", zipWithM (\a b -> if b /= 0 then Just (a `div` b) else Nothing) [6, 8] [2, 4 :: Int])
  print =<< return "bind"
  print (join [[1], [2, 3 :: Int]], void (Just 'x'), filterM (const [True, False]) [1, 2 :: Int])
