-- Factorial four ways: recursion, accumulator, foldr, product.
factRec :: Int -> Int
factRec n = if n <= 1 then 1 else n * factRec (n - 1)

factAcc :: Int -> Int
factAcc = go 1
  where
    go acc 0 = acc
    go acc k = go (acc * k) (k - 1)

factFold :: Int -> Int
factFold n = foldr (*) 1 [1 .. n]

factInteger :: Integer -> Integer
factInteger n = product [1 .. n]

main :: IO ()
main = do
  print (map factRec [0 .. 10])
  print (factAcc 20)
  print (factFold 12)
  print (factInteger 25)
  mapM_ (\k -> putStrLn (show k ++ "! = " ++ show (factInteger k))) [15, 20, 21]
