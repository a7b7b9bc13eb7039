{-# LANGUAGE ScopedTypeVariables, TypeOperators, GADTs, ExistentialQuantification #-}
-- cast, eqT, gcast and heterogeneous lists through Typeable.
import Data.Typeable
import Data.Maybe (mapMaybe)

data Box = forall a. (Typeable a, Show a) => Box a

unboxInt :: Box -> Maybe Int
unboxInt (Box a) = cast a

describe :: forall a. Typeable a => a -> String
describe x = case eqT :: Maybe (a :~: Int) of
  Just Refl -> "an Int: " ++ show (x + 1)
  Nothing -> case eqT :: Maybe (a :~: String) of
    Just Refl -> "a String: " ++ x
    Nothing -> "something of type " ++ show (typeOf x)

newtype Q a = Q [a] deriving Show

main :: IO ()
main = do
  let boxes = [Box (1 :: Int), Box "two", Box (3 :: Int), Box 'c', Box (Just True)]
  print (mapMaybe unboxInt boxes)
  print (cast (1 :: Int) :: Maybe Int)
  print (cast (1 :: Int) :: Maybe Integer)
  print (cast "hi" :: Maybe String)
  print (cast (Just 'x') :: Maybe (Maybe Char))
  print (cast (Just 'x') :: Maybe (Maybe Int))
  putStrLn (describe (41 :: Int))
  putStrLn (describe "str")
  putStrLn (describe [True])
  print (eqT :: Maybe (Int :~: Int))
  print (eqT :: Maybe (Int :~: Bool))
  print (gcast (Q "abc") :: Maybe (Q String))
  print (gcast (Q [1 :: Int]) :: Maybe (Q Int))
  print (fmap (\(Box a) -> show (typeOf a)) (Just (Box 'z')))
  mapM_ (\(Box a) -> putStrLn (show a ++ " :: " ++ show (typeOf a))) boxes
