-- GHC's showFFloat on values and precisions where rounding is delicate;
-- the showFFloat# primop must print the same (test/preludes/base-lists/show-ffloat.test.ts).
import Numeric
main :: IO ()
main = mapM_ (\(x, p) -> putStrLn (showFFloat p x "")) [(x, p) | x <- values, p <- [Nothing, Just 0, Just 2, Just 4]]

values :: [Double]
values = [0.125, 1.005, 3.14159, 0, -2.5, 1e-3, 123456.789, 0.5, 1.5, 2.5, 1e22, 9.995, 0.045, 2 / 3, 1e-7, 99.99999]
