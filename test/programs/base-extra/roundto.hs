-- GHC.Float's roundTo (the digit rounding behind showFFloat): fixed cases
-- (carries, exact halves rounding to even, short lists) and pseudo-random
-- digit lists in bases 10, 2 and 16.
import GHC.Float (roundTo)

lcg :: Int -> Int
lcg x = (x * 1103515245 + 12345) `mod` 2147483648

randomCases :: Int -> Int -> [(Int, Int, [Int])]
randomCases base count = take count (go 7)
  where
    go seed =
      let s1 = lcg seed
          s2 = lcg s1
          len = s1 `mod` 8
          n = s2 `mod` 7
          (digits, s3) = gen len (lcg s2)
       in (base, n, digits) : go s3
    gen 0 s = ([], s)
    gen k s =
      let s' = lcg s
          d = if s' `mod` 5 == 0 then base `quot` 2 else if s' `mod` 7 == 0 then 0 else (s' `div` 8) `mod` base
          (ds, s'') = gen (k - 1) s'
       in (d : ds, s'')

main :: IO ()
main = do
  let fixed = [(10, 2, [1, 2, 5]), (10, 2, [1, 3, 5]), (10, 2, [1, 2, 5, 0, 0]), (10, 2, [1, 2, 5, 0, 1]), (10, 1, [9, 9, 9]), (10, 0, [5]), (10, 0, [4]), (10, 0, [6]), (10, 3, [1]), (10, 0, []), (10, 2, [9, 5]), (10, 1, [9, 5]), (2, 1, [1, 1]), (2, 2, [0, 1, 1]), (16, 1, [8]), (16, 1, [0, 8]), (16, 0, [8])]
  mapM_ (\(b, n, ds) -> print (b, n, ds, roundTo b n ds)) fixed
  mapM_ (\(b, n, ds) -> print (roundTo b n ds)) (randomCases 10 150 ++ randomCases 2 60 ++ randomCases 16 60)
