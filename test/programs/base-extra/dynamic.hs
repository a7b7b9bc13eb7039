{-# LANGUAGE ScopedTypeVariables #-}
-- Data.Dynamic: toDyn, fromDynamic, fromDyn, dynApply, dynApp (and its
-- error), dynTypeRep, Show Dynamic, Dynamic as an exception; and
-- Type.Reflection's Fun pattern.
import Control.Exception
import Data.Dynamic
import Data.Maybe (mapMaybe)
import qualified Type.Reflection as R

bag :: [Dynamic]
bag = [toDyn (1 :: Int), toDyn "two", toDyn 'c', toDyn (Just (3.5 :: Double)), toDyn (negate :: Int -> Int), toDyn [True, False], toDyn ((+) :: Int -> Int -> Int)]

describe :: R.TypeRep a -> String
describe (R.Fun a b) = "function from " ++ show a ++ " to " ++ show b
describe t = "not a function: " ++ show t

main :: IO ()
main = do
  print bag
  mapM_ (putStrLn . (\d -> showsPrec 11 d "")) bag
  print (mapMaybe fromDynamic bag :: [Int])
  print (mapMaybe fromDynamic bag :: [String])
  print (mapMaybe fromDynamic bag :: [Maybe Double])
  print (fromDyn (head bag) (0 :: Int), fromDyn (head bag) 'z', fromDyn (bag !! 2) 'z')
  print (map dynTypeRep bag)
  print (dynTypeRep (toDyn ()) == dynTypeRep (toDyn ()), dynTypeRep (toDyn ()) == dynTypeRep (toDyn 'x'))
  let neg = bag !! 4
      plus = bag !! 6
  print (dynApply neg (toDyn (5 :: Int)))
  print (fromDynamic =<< dynApply neg (toDyn (5 :: Int)) :: Maybe Int)
  print (dynApply neg (toDyn 'x'))
  print (dynApply (toDyn 'x') (toDyn 'x'))
  let partial = dynApp plus (toDyn (40 :: Int))
  print partial
  print (fromDynamic (dynApp partial (toDyn (2 :: Int))) :: Maybe Int)
  print (fromDynamic (dynApp (toDyn (length :: String -> Int)) (toDyn "hello")) :: Maybe Int)
  putStrLn (describe (R.typeRep :: R.TypeRep (Int -> Maybe Bool)))
  putStrLn (describe (R.typeRep :: R.TypeRep (Maybe Bool)))
  putStrLn (describe (R.typeRep :: R.TypeRep ((Int -> Int) -> [Char])))
  r <- try (throwIO (toDyn (42 :: Int)))
  case r of
    Left (d :: Dynamic) -> print (d, fromDynamic d :: Maybe Int)
    Right () -> putStrLn "no exception"
  r2 <- try (evaluate (dynApp neg (toDyn "str")))
  case r2 of
    Left (e :: ErrorCall) -> putStrLn ("caught: " ++ show e)
    Right d -> print d
  print (dynApp (toDyn 'a') (toDyn 'b'))
