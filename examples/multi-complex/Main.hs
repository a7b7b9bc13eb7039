-- Polymorphic Complex code in another module, used at Double and Float.
import Data.Complex
import Fractal

main :: IO ()
main = do
  let rowD y = [if escapeTime 25 (x :+ y :: Complex Double) >= 25 then '#' else '.' | x <- [-2, -1.9 .. 0.6]]
      rowF y = [if escapeTime 25 (x :+ y :: Complex Float) >= 25 then '#' else '.' | x <- [-2, -1.9 .. 0.6]]
  mapM_ (putStrLn . rowD) [-1, -0.8 .. 1]
  print (and (zipWith (==) (concatMap rowF [-0.4, 0, 0.4]) (concatMap rowD [-0.4, 0, 0.4])))
  let cubic = [-1, 0, 0, 1] :: [Complex Double]
  print (map (newtonRoot cubic 40) [1 :+ 1, (-1) :+ 1, (-1) :+ (-1)])
  print (newtonRoot [-1, 0, 0, 1 :: Complex Float] 30 ((-1) :+ 1))
  print (polyEval [1, 2, 3] (0.5 :+ (-0.5) :: Complex Double), polyEval [1, 2, 3] (0.5 :+ (-0.5) :: Complex Float))
  mapM_ (putStrLn . describeExact) [3 :+ 4, 0 :+ 0, (-1e300) :+ 1e-300, 0.1 :+ (-0.2) :: Complex Double]
  mapM_ (putStrLn . describeExact) [(-1.5) :+ 2, 1e30 :+ (-1e-30), 0 :+ (-0) :: Complex Float]
  putStrLn (describeTrans (3 :+ 4 :: Complex Double))
  print (length (rootsOf 5 (1 :+ 1 :: Complex Double)), sum (map magnitude (rootsOf 3 (8 :+ 0 :: Complex Float))))
