import Control.Monad.Zip
import Data.Functor.Identity

main :: IO ()
main = do
  print (mzip [1, 2, 3 :: Int] "abcd")
  print (mzipWith (+) [1, 2, 3] [10, 20 :: Int])
  print (munzip [(1 :: Int, 'a'), (2, 'b')])
  print (mzip (Just 1) (Just 'x'), mzip (Just (1 :: Int)) (Nothing :: Maybe Char))
  print (mzipWith (,) (Identity 'q') (Identity True))
  print (munzip (Just ('a', False)))
  print (munzip (Identity (3 :: Int, "x")))
